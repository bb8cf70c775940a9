import type { Store } from '../../store/open';

export interface RoundScopeRow {
  id: string;
  name: string;
  kind: 'self' | 'township' | 'county' | 'other';
  campaign_id: string;
  rubric_version_id: string;
}

/** A round with its campaign and the campaign's rubric version. */
export function findRoundScope(db: Store, roundId: string): RoundScopeRow | undefined {
  return db
    .prepare(
      `SELECT r.id, r.name, r.kind, r.campaign_id, c.rubric_version_id
         FROM rounds r JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = ?`,
    )
    .get(roundId) as RoundScopeRow | undefined;
}

export interface ScopeBranch {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
}

/**
 * The branches an evaluator is assigned in a round, or (evaluator null, the self-assessment)
 * every branch of the campaign; optionally of one township; in tree order.
 */
export function listScopeBranches(
  db: Store,
  scope: { campaignId: string; roundId: string; evaluatorId: string | null },
  townshipId: string | null,
): ScopeBranch[] {
  const source =
    scope.evaluatorId === null
      ? 'SELECT branch_id FROM campaign_branches WHERE campaign_id = @campaign'
      : 'SELECT branch_id FROM assignments WHERE round_id = @round AND evaluator_id = @evaluator';
  return db
    .prepare(
      `SELECT b.id AS branchId, b.name AS branchName, t.id AS townshipId, t.name AS townshipName
         FROM (${source}) s
         JOIN org_units b ON b.id = s.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE (@township IS NULL OR t.id = @township)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({
      campaign: scope.campaignId,
      round: scope.roundId,
      evaluator: scope.evaluatorId,
      township: townshipId,
    }) as ScopeBranch[];
}

export interface SheetLine {
  id: string;
  branch_id: string;
  version: number;
  status: 'draft' | 'submitted';
}

/** One evaluator's (or the self-assessment's) sheets of a round. */
export function listGridSheets(
  db: Store,
  roundId: string,
  evaluatorId: string | null,
): SheetLine[] {
  return db
    .prepare(
      `SELECT id, branch_id, version, status FROM score_sheets
        WHERE round_id = ? AND evaluator_id IS ?`,
    )
    .all(roundId, evaluatorId) as SheetLine[];
}

/** The entered values of those sheets (rows with an entry). */
export function listGridScores(
  db: Store,
  roundId: string,
  evaluatorId: string | null,
): { sheet_id: string; item_code: string; points: number; input: string }[] {
  return db
    .prepare(
      `SELECT sc.sheet_id, sc.item_code, sc.points, sc.input FROM scores sc
         JOIN score_sheets s ON s.id = sc.sheet_id
        WHERE s.round_id = ? AND s.evaluator_id IS ? AND sc.input IS NOT NULL`,
    )
    .all(roundId, evaluatorId) as {
    sheet_id: string;
    item_code: string;
    points: number;
    input: string;
  }[];
}
