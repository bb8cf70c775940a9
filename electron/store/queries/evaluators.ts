import type { UnitKind } from '../../../shared/domain/org';
import type { Store } from '../open';

export interface NewEvaluator {
  id: string;
  name: string;
  unitId: string | null;
  role: string;
  isDemo: boolean;
  createdAt: string;
}

export function insertEvaluator(db: Store, e: NewEvaluator): void {
  db.prepare(
    'INSERT INTO evaluators (id, name, unit_id, role, is_demo, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.id, e.name, e.unitId, e.role, e.isDemo ? 1 : 0, e.createdAt);
}

export interface EvaluatorRow {
  id: string;
  name: string;
  role: string;
  unit_id: string | null;
  unit_name: string | null;
  unit_kind: UnitKind | null;
  unit_parent_id: string | null;
}

const SELECT_EVALUATOR = `
  SELECT e.id, e.name, e.role, e.unit_id, u.name AS unit_name, u.kind AS unit_kind,
         u.parent_id AS unit_parent_id
    FROM evaluators e LEFT JOIN org_units u ON u.id = e.unit_id`;

export function getEvaluator(db: Store, id: string): EvaluatorRow | undefined {
  return db.prepare(`${SELECT_EVALUATOR} WHERE e.id = ?`).get(id) as EvaluatorRow | undefined;
}

export function listCampaignEvaluators(db: Store, campaignId: string): EvaluatorRow[] {
  return db
    .prepare(
      `${SELECT_EVALUATOR} JOIN campaign_evaluators ce ON ce.evaluator_id = e.id
        WHERE ce.campaign_id = ? ORDER BY e.created_at, e.rowid`,
    )
    .all(campaignId) as EvaluatorRow[];
}

export function isCampaignEvaluator(db: Store, campaignId: string, evaluatorId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM campaign_evaluators WHERE campaign_id = ? AND evaluator_id = ?')
      .get(campaignId, evaluatorId) !== undefined
  );
}

export function updateEvaluator(
  db: Store,
  id: string,
  values: { name: string; role: string; unitId: string | null },
): void {
  db.prepare('UPDATE evaluators SET name = ?, role = ?, unit_id = ? WHERE id = ?').run(
    values.name,
    values.role,
    values.unitId,
    id,
  );
}

/** Score sheets an evaluator has anywhere: while there are any, the evaluator stays. */
export function countEvaluatorSheets(db: Store, id: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM score_sheets WHERE evaluator_id = ?').get(id) as {
      n: number;
    }
  ).n;
}

/**
 * Deletes an evaluator without sheets, with their assignments (plans, not results) and campaign
 * memberships; returns how many assignments went.
 */
export function deleteEvaluatorRows(db: Store, id: string): number {
  const assignments = db.prepare('DELETE FROM assignments WHERE evaluator_id = ?').run(id).changes;
  db.prepare('DELETE FROM campaign_evaluators WHERE evaluator_id = ?').run(id);
  db.prepare('DELETE FROM evaluators WHERE id = ?').run(id);
  return assignments;
}
