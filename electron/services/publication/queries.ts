import type { Store } from '../../store/open';

/** SQL of the publication capability (公示, 异议, 命名, star history); nothing else runs it. */

export type SettingKey = 'calendar' | 'notice' | 'authority' | 'star-rules';

export function readSetting(db: Store, countyId: string, key: SettingKey): unknown {
  const row = db
    .prepare('SELECT value FROM publication_settings WHERE county_id = ? AND key = ?')
    .get(countyId, key) as { value: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export function writeSetting(
  db: Store,
  row: { countyId: string; key: SettingKey; value: unknown; by: string; at: string },
): void {
  db.prepare(
    `INSERT INTO publication_settings (county_id, key, value, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (county_id, key) DO UPDATE SET value = excluded.value,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(row.countyId, row.key, JSON.stringify(row.value), row.by, row.at);
}

export function deleteSetting(db: Store, countyId: string, key: SettingKey): void {
  db.prepare('DELETE FROM publication_settings WHERE county_id = ? AND key = ?').run(countyId, key);
}

export interface RoundCounty {
  round_id: string;
  campaign_id: string;
  county_id: string;
  year: number;
}

export function roundCounty(db: Store, roundId: string): RoundCounty | undefined {
  return db
    .prepare(
      `SELECT r.id AS round_id, c.id AS campaign_id, c.county_id, c.year
         FROM rounds r JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = ?`,
    )
    .get(roundId) as RoundCounty | undefined;
}

export interface BranchNames {
  id: string;
  name: string;
  township: string;
  sort: string;
}

/** Branch and township names for the list, in the registry's order. */
export function branchNames(db: Store, ids: readonly string[]): Map<string, BranchNames> {
  const stmt = db.prepare(
    `SELECT b.id, b.name, t.name AS township,
            printf('%08d-%08d', t.sort_order, b.sort_order) AS sort
       FROM org_units b JOIN org_units t ON t.id = b.parent_id WHERE b.id = ?`,
  );
  const out = new Map<string, BranchNames>();
  for (const id of ids) {
    const row = stmt.get(id) as BranchNames | undefined;
    if (row) out.set(id, row);
  }
  return out;
}

export interface NoticeRow {
  id: string;
  round_id: string;
  version: number;
  title: string;
  start_day: string;
  end_day: string;
  working_days: number;
  channels: string;
  checkpoint_id: string | null;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
  created_by: string;
  created_at: string;
}

export function currentNotice(db: Store, roundId: string): NoticeRow | undefined {
  return db
    .prepare(
      `SELECT * FROM notices WHERE round_id = ? AND withdrawn_at IS NULL
        ORDER BY version DESC LIMIT 1`,
    )
    .get(roundId) as NoticeRow | undefined;
}

export function getNotice(db: Store, id: string): NoticeRow | undefined {
  return db.prepare('SELECT * FROM notices WHERE id = ?').get(id) as NoticeRow | undefined;
}

export function nextNoticeVersion(db: Store, roundId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM notices WHERE round_id = ?')
    .get(roundId) as { v: number };
  return row.v;
}

export function insertNotice(
  db: Store,
  row: Omit<NoticeRow, 'withdrawn_at' | 'withdraw_reason'>,
): void {
  db.prepare(
    `INSERT INTO notices (id, round_id, version, title, start_day, end_day, working_days, channels,
       checkpoint_id, created_by, created_at)
     VALUES (@id, @round_id, @version, @title, @start_day, @end_day, @working_days, @channels,
       @checkpoint_id, @created_by, @created_at)`,
  ).run(row);
}

export function withdrawNoticeRow(db: Store, id: string, at: string, reason: string): void {
  db.prepare('UPDATE notices SET withdrawn_at = ?, withdraw_reason = ? WHERE id = ?').run(
    at,
    reason,
    id,
  );
}

export interface NoticeEntryRow {
  notice_id: string;
  branch_id: string;
  seq: number;
  branch_name: string;
  township_name: string;
  proposed_level: number;
  decision_id: string | null;
}

export function insertEntry(db: Store, row: NoticeEntryRow): void {
  db.prepare(
    `INSERT INTO notice_entries (notice_id, branch_id, seq, branch_name, township_name,
       proposed_level, decision_id)
     VALUES (@notice_id, @branch_id, @seq, @branch_name, @township_name, @proposed_level,
       @decision_id)`,
  ).run(row);
}

export function noticeEntries(db: Store, noticeId: string): NoticeEntryRow[] {
  return db
    .prepare('SELECT * FROM notice_entries WHERE notice_id = ? ORDER BY seq')
    .all(noticeId) as NoticeEntryRow[];
}

export interface ObjectionRow {
  id: string;
  notice_id: string;
  branch_id: string;
  received_at: string;
  channel: string;
  from_kind: 'unit' | 'person';
  from_name: string;
  real_name: number;
  contact: string;
  content: string;
  late: number;
  stage: string;
  rereview_item_id: string | null;
  created_by: string;
  created_at: string;
}

export function insertObjection(
  db: Store,
  row: Omit<ObjectionRow, 'stage' | 'rereview_item_id'>,
): void {
  db.prepare(
    `INSERT INTO objections (id, notice_id, branch_id, received_at, channel, from_kind, from_name,
       real_name, contact, content, late, created_by, created_at)
     VALUES (@id, @notice_id, @branch_id, @received_at, @channel, @from_kind, @from_name,
       @real_name, @contact, @content, @late, @created_by, @created_at)`,
  ).run(row);
}

export function getObjection(db: Store, id: string): ObjectionRow | undefined {
  return db.prepare('SELECT * FROM objections WHERE id = ?').get(id) as ObjectionRow | undefined;
}

export function noticeObjections(db: Store, noticeId: string): ObjectionRow[] {
  return db
    .prepare('SELECT * FROM objections WHERE notice_id = ? ORDER BY received_at, id')
    .all(noticeId) as ObjectionRow[];
}

export function objectionSteps(db: Store, objectionId: string): string[] {
  return (
    db
      .prepare('SELECT step FROM objection_steps WHERE objection_id = ? ORDER BY seq')
      .all(objectionId) as { step: string }[]
  ).map((r) => r.step);
}

export function appendObjectionStep(
  db: Store,
  row: { objectionId: string; seq: number; step: unknown; by: string; at: string; stage: string },
): void {
  db.prepare(
    'INSERT INTO objection_steps (objection_id, seq, step, by_user, at) VALUES (?, ?, ?, ?, ?)',
  ).run(row.objectionId, row.seq, JSON.stringify(row.step), row.by, row.at);
  db.prepare('UPDATE objections SET stage = ? WHERE id = ?').run(row.stage, row.objectionId);
}

export function insertNaming(
  db: Store,
  row: {
    id: string;
    notice_id: string;
    document_number: string;
    named_on: string;
    authority: string;
    /** JSON: the levels sent up for the city, [{ level, branchIds }]. */
    sent_up: string;
    created_by: string;
    created_at: string;
  },
): void {
  db.prepare(
    `INSERT INTO namings (id, notice_id, document_number, named_on, authority, sent_up, created_by,
       created_at)
     VALUES (@id, @notice_id, @document_number, @named_on, @authority, @sent_up, @created_by,
       @created_at)`,
  ).run(row);
}

export function namingByDocument(db: Store, documentNumber: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM namings WHERE document_number = ?').get(documentNumber) as
    { id: string } | undefined;
}

export interface StarHistoryRow {
  id: string;
  branch_id: string;
  year: number;
  level: number;
  named_by: 'county' | 'city';
  document: string;
  named_on: string;
  naming_id: string | null;
  reason: string;
  exceptional: string;
  created_by: string;
  created_at: string;
}

export function insertStarHistory(db: Store, row: StarHistoryRow): void {
  db.prepare(
    `INSERT INTO star_history (id, branch_id, year, level, named_by, document, named_on, naming_id,
       reason, exceptional, created_by, created_at)
     VALUES (@id, @branch_id, @year, @level, @named_by, @document, @named_on, @naming_id,
       @reason, @exceptional, @created_by, @created_at)`,
  ).run(row);
}

export function branchStarHistory(db: Store, branchId: string): StarHistoryRow[] {
  return db
    .prepare('SELECT * FROM star_history WHERE branch_id = ? ORDER BY year')
    .all(branchId) as StarHistoryRow[];
}

export interface NamingRow {
  id: string;
  notice_id: string;
  document_number: string;
  named_on: string;
  sent_up: string;
  created_by: string;
  created_at: string;
}

export function noticeNamingRows(db: Store, noticeId: string): NamingRow[] {
  return db
    .prepare(
      `SELECT id, notice_id, document_number, named_on, sent_up, created_by, created_at
         FROM namings WHERE notice_id = ? ORDER BY created_at, id`,
    )
    .all(noticeId) as NamingRow[];
}

/** The branches a naming named, with their levels, highest first, in the notice's order. */
export function namingEntries(
  db: Store,
  namingId: string,
): { branch_id: string; level: number; branch_name: string; township_name: string }[] {
  return db
    .prepare(
      `SELECT h.branch_id, h.level, e.branch_name, e.township_name
         FROM star_history h
         JOIN namings n ON n.id = h.naming_id
         JOIN notice_entries e ON e.notice_id = n.notice_id AND e.branch_id = h.branch_id
        WHERE h.naming_id = ? ORDER BY h.level DESC, e.seq`,
    )
    .all(namingId) as {
    branch_id: string;
    level: number;
    branch_name: string;
    township_name: string;
  }[];
}

/** Which of the branches already have a named level for the year (named once a year). */
export function namedInYear(db: Store, branchIds: readonly string[], year: number): Set<string> {
  const stmt = db.prepare('SELECT 1 FROM star_history WHERE branch_id = ? AND year = ?');
  return new Set(branchIds.filter((id) => stmt.get(id, year) !== undefined));
}

/** The notice a naming was made on. */
export function namingNoticeId(db: Store, namingId: string): string | undefined {
  const row = db.prepare('SELECT notice_id FROM namings WHERE id = ?').get(namingId) as
    { notice_id: string } | undefined;
  return row?.notice_id;
}

export interface ObjectionFileRow {
  id: string;
  objection_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  created_at: string;
}

const FILE_COLUMNS =
  'id, objection_id, file_name, mime_type, size_bytes, sha256, uploaded_by, created_at';

export function insertObjectionFile(db: Store, row: ObjectionFileRow, content: Buffer): void {
  db.prepare(
    `INSERT INTO objection_files (${FILE_COLUMNS}, content)
     VALUES (@id, @objection_id, @file_name, @mime_type, @size_bytes, @sha256, @uploaded_by,
       @created_at, @content)`,
  ).run({ ...row, content });
}

export function objectionFiles(db: Store, objectionId: string): ObjectionFileRow[] {
  return db
    .prepare(
      `SELECT ${FILE_COLUMNS} FROM objection_files WHERE objection_id = ? ORDER BY created_at, id`,
    )
    .all(objectionId) as ObjectionFileRow[];
}

export function findObjectionFile(db: Store, id: string): ObjectionFileRow | undefined {
  return db.prepare(`SELECT ${FILE_COLUMNS} FROM objection_files WHERE id = ?`).get(id) as
    ObjectionFileRow | undefined;
}

export function objectionFileBytes(db: Store, id: string): Buffer | undefined {
  const row = db.prepare('SELECT content FROM objection_files WHERE id = ?').get(id) as
    { content: Buffer } | undefined;
  return row?.content;
}
