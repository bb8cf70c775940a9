import type { Store } from '../open';

export interface RubricVersionRow {
  id: string;
  lineage_id: string;
  version: number;
  name: string;
  definition: string;
  max_points: number;
  is_demo: number;
  frozen_at: string | null;
}

export interface NewRubricVersion {
  id: string;
  lineageId: string;
  version: number;
  name: string;
  definition: string;
  maxPoints: number;
  isDemo: boolean;
  createdAt: string;
}

export function insertRubricVersion(db: Store, row: NewRubricVersion): void {
  db.prepare(
    `INSERT INTO rubric_versions (id, lineage_id, version, name, definition, max_points, is_demo, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.lineageId,
    row.version,
    row.name,
    row.definition,
    row.maxPoints,
    row.isDemo ? 1 : 0,
    row.createdAt,
  );
}

export function getRubricVersion(db: Store, id: string): RubricVersionRow | undefined {
  return db.prepare('SELECT * FROM rubric_versions WHERE id = ?').get(id) as
    RubricVersionRow | undefined;
}

export function listRubricVersions(db: Store): RubricVersionRow[] {
  return db
    .prepare('SELECT * FROM rubric_versions ORDER BY name, version')
    .all() as RubricVersionRow[];
}

/** A version with any score is frozen; callers must not change its definition. */
export function rubricVersionHasScores(db: Store, id: string): boolean {
  const row = db
    .prepare(
      `SELECT 1 FROM campaigns c JOIN rounds r ON r.campaign_id = c.id
         JOIN score_sheets s ON s.round_id = r.id JOIN scores sc ON sc.sheet_id = s.id
        WHERE c.rubric_version_id = ? LIMIT 1`,
    )
    .get(id);
  return row !== undefined;
}

export function countCampaignsUsingRubric(db: Store, id: string): number {
  const row = db.prepare('SELECT count(*) AS n FROM campaigns WHERE rubric_version_id = ?').get(id);
  return (row as { n: number }).n;
}

export function nextRubricVersionNumber(db: Store, lineageId: string): number {
  const row = db
    .prepare(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM rubric_versions WHERE lineage_id = ?',
    )
    .get(lineageId) as { next: number };
  return row.next;
}

export function updateRubricVersion(
  db: Store,
  id: string,
  name: string,
  definition: string,
  maxPoints: number,
): void {
  db.prepare(
    'UPDATE rubric_versions SET name = ?, definition = ?, max_points = ? WHERE id = ?',
  ).run(name, definition, maxPoints, id);
}

/** Item codes that have at least one score under a campaign. */
export function scoredItemCodes(db: Store, campaignId: string): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT sc.item_code FROM rounds r JOIN score_sheets s ON s.round_id = r.id
           JOIN scores sc ON sc.sheet_id = s.id WHERE r.campaign_id = ?`,
      )
      .all(campaignId) as { item_code: string }[]
  ).map((r) => r.item_code);
}
