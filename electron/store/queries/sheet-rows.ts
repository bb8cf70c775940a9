import type { Store } from '../open';

export interface SheetRow {
  id: string;
  round_id: string;
  round_name: string;
  round_kind: 'self' | 'township' | 'county' | 'other';
  campaign_id: string;
  rubric_version_id: string;
  branch_id: string;
  branch_name: string;
  township_name: string;
  evaluator_id: string | null;
  evaluator_name: string | null;
  status: 'draft' | 'submitted';
  version: number;
  remark: string;
  updated_at: string;
  submitted_at: string | null;
}

const SELECT_SHEET = `
  SELECT s.id, s.round_id, r.name AS round_name, r.kind AS round_kind, r.campaign_id, c.rubric_version_id,
         s.branch_id, b.name AS branch_name, t.name AS township_name,
         s.evaluator_id, e.name AS evaluator_name, s.status, s.version, s.remark,
         s.updated_at, s.submitted_at
    FROM score_sheets s
    JOIN rounds r ON r.id = s.round_id
    JOIN campaigns c ON c.id = r.campaign_id
    JOIN org_units b ON b.id = s.branch_id
    JOIN org_units t ON t.id = b.parent_id
    LEFT JOIN evaluators e ON e.id = s.evaluator_id`;

export function getSheet(db: Store, id: string): SheetRow | undefined {
  return db.prepare(`${SELECT_SHEET} WHERE s.id = ?`).get(id) as SheetRow | undefined;
}

export function findSheet(
  db: Store,
  roundId: string,
  branchId: string,
  evaluatorId: string | null,
): SheetRow | undefined {
  return db
    .prepare(`${SELECT_SHEET} WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS ?`)
    .get(roundId, branchId, evaluatorId) as SheetRow | undefined;
}

export interface ScoreRow {
  item_code: string;
  points: number;
  fact: number | null;
  input: string | null;
  remark: string;
}

export function listScores(db: Store, sheetId: string): ScoreRow[] {
  return db
    .prepare('SELECT item_code, points, fact, input, remark FROM scores WHERE sheet_id = ?')
    .all(sheetId) as ScoreRow[];
}

export function upsertScore(
  db: Store,
  row: {
    sheetId: string;
    item: string;
    points: number;
    fact: number | null;
    input: string;
    remark: string;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO scores (sheet_id, item_code, points, fact, input, remark, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (sheet_id, item_code) DO UPDATE SET
       points = excluded.points, fact = excluded.fact, input = excluded.input,
       remark = excluded.remark, updated_at = excluded.updated_at`,
  ).run(row.sheetId, row.item, row.points, row.fact, row.input, row.remark, row.at);
}

export function deleteScore(db: Store, sheetId: string, item: string): void {
  db.prepare('DELETE FROM scores WHERE sheet_id = ? AND item_code = ?').run(sheetId, item);
}

/** Bumps the row version; returns false when it was not `expected` (a stale window). */
export function bumpSheetVersion(
  db: Store,
  sheetId: string,
  expected: number,
  changes: { status?: 'draft' | 'submitted'; remark?: string; at: string },
): boolean {
  const result = db
    .prepare(
      `UPDATE score_sheets SET version = version + 1, updated_at = ?,
              status = coalesce(?, status), remark = coalesce(?, remark),
              submitted_at = CASE WHEN ? = 'submitted' THEN ? WHEN ? = 'draft' THEN NULL ELSE submitted_at END
        WHERE id = ? AND version = ?`,
    )
    .run(
      changes.at,
      changes.status ?? null,
      changes.remark ?? null,
      changes.status ?? null,
      changes.at,
      changes.status ?? null,
      sheetId,
      expected,
    );
  return result.changes === 1;
}
