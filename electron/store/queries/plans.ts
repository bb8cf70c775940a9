import type { PlanTarget } from '../../../shared/domain/views';
import type { Store } from '../open';

export function listPlanTargets(db: Store, campaignId: string): PlanTarget[] {
  const rows = db
    .prepare(
      `SELECT township_id, target_kind, target, count FROM plan_targets
        WHERE campaign_id = ? ORDER BY township_id, target_kind, target`,
    )
    .all(campaignId) as {
    township_id: string | null;
    target_kind: 'level' | 'star';
    target: string;
    count: number;
  }[];
  return rows.map((r) => ({
    townshipId: r.township_id,
    kind: r.target_kind,
    target: r.target,
    count: r.count,
  }));
}

export function replacePlanTargets(db: Store, campaignId: string, targets: PlanTarget[]): void {
  db.prepare('DELETE FROM plan_targets WHERE campaign_id = ?').run(campaignId);
  const insert = db.prepare(
    'INSERT INTO plan_targets (campaign_id, township_id, target_kind, target, count) VALUES (?, ?, ?, ?, ?)',
  );
  for (const t of targets) insert.run(campaignId, t.townshipId, t.kind, t.target, t.count);
}

export function setCampaignRubric(
  db: Store,
  campaignId: string,
  rubricVersionId: string,
  at: string,
): void {
  db.prepare('UPDATE campaigns SET rubric_version_id = ?, updated_at = ? WHERE id = ?').run(
    rubricVersionId,
    at,
    campaignId,
  );
}

export function setPreviousCampaign(
  db: Store,
  campaignId: string,
  previousId: string | null,
  at: string,
): void {
  db.prepare('UPDATE campaigns SET previous_campaign_id = ?, updated_at = ? WHERE id = ?').run(
    previousId,
    at,
    campaignId,
  );
}
