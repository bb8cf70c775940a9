import type { Statement } from 'better-sqlite3';
import type { Store } from '../../store/open';

export interface BranchRow {
  id: string;
  name: string;
  branch_type: 'rural' | 'community' | 'other';
  township_id: string;
  township_name: string;
}

/** The campaign's branches in tree order: the order that breaks exact ties in the ranking. */
export function listRankingBranches(db: Store, campaignId: string): BranchRow[] {
  return db
    .prepare(
      `SELECT b.id, b.name, b.branch_type, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ?
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(campaignId) as BranchRow[];
}

export interface RoundRow {
  id: string;
  name: string;
  kind: 'self' | 'township' | 'county' | 'other';
}

export function findCampaignRound(
  db: Store,
  campaignId: string,
  roundId: string,
): RoundRow | undefined {
  return db
    .prepare('SELECT id, name, kind FROM rounds WHERE id = ? AND campaign_id = ?')
    .get(roundId, campaignId) as RoundRow | undefined;
}

/** The campaign's rounds other than one, in order. */
export function listOtherRounds(db: Store, campaignId: string, exclude: string): RoundRow[] {
  return db
    .prepare('SELECT id, name, kind FROM rounds WHERE campaign_id = ? AND id <> ? ORDER BY seq')
    .all(campaignId, exclude) as RoundRow[];
}

/** A round's kind, which decides whose sheets it counts. */
export function roundKind(db: Store, roundId: string): RoundRow['kind'] | undefined {
  return db.prepare('SELECT kind FROM rounds WHERE id = ?').pluck().get(roundId) as
    RoundRow['kind'] | undefined;
}

/** [id, name] of every evaluator who ever had a sheet in the campaign's rounds. */
export function listSheetEvaluatorNames(db: Store, campaignId: string): [string, string][] {
  return db
    .prepare(
      `SELECT e.id, e.name FROM evaluators e
        WHERE e.id IN (SELECT s.evaluator_id FROM score_sheets s JOIN rounds r ON r.id = s.round_id
                        WHERE r.campaign_id = ? AND s.evaluator_id IS NOT NULL)`,
    )
    .raw()
    .all(campaignId) as [string, string][];
}

/**
 * [item, evaluator (null: self), entered input JSON] of every raised veto on one branch's
 * submitted sheets in a round: the reasons people wrote when raising them.
 */
export function listRaisedVetoInputs(
  db: Store,
  roundId: string,
  branchId: string,
): [string, string | null, string | null, string | null][] {
  return db
    .prepare(
      `SELECT sc.item_code, s.evaluator_id, e.name, sc.input
         FROM score_sheets s JOIN scores sc ON sc.sheet_id = s.id
         LEFT JOIN evaluators e ON e.id = s.evaluator_id
        WHERE s.round_id = ? AND s.branch_id = ? AND s.status = 'submitted' AND sc.fact = 1
        ORDER BY sc.item_code, e.name`,
    )
    .raw()
    .all(roundId, branchId) as [string, string | null, string | null, string | null][];
}

/** The campaign, round and branch of each sheet (a commit's audit entries name sheets). */
export function listSheetScopes(
  db: Store,
  sheetIds: readonly string[],
): { sheet_id: string; campaign_id: string; round_id: string; branch_id: string }[] {
  return db
    .prepare(
      `SELECT s.id AS sheet_id, r.campaign_id, s.round_id, s.branch_id
         FROM json_each(?) j JOIN score_sheets s ON s.id = j.value
         JOIN rounds r ON r.id = s.round_id`,
    )
    .all(JSON.stringify(sheetIds)) as {
    sheet_id: string;
    campaign_id: string;
    round_id: string;
    branch_id: string;
  }[];
}

/** [branch, item, reason] of every resolved veto of a round. */
export function listResolvedVetoes(db: Store, roundId: string): [string, string, string][] {
  return db
    .prepare('SELECT branch_id, item_code, reason FROM veto_resolutions WHERE round_id = ?')
    .raw()
    .all(roundId) as [string, string, string][];
}

/**
 * [id, branch, status, pack, pack's rubric version, evaluator (null: self), whether a draft has
 * any entry (1/0; 0 for submitted sheets)] of a round's sheets, grouped by branch.
 */
export type RoundSheetRow = [
  string,
  string,
  'draft' | 'submitted',
  Uint8Array | null,
  string | null,
  string | null,
  number,
];

export function iterateRoundSheets(
  db: Store,
  roundId: string,
  onlyBranch?: string,
): IterableIterator<RoundSheetRow> {
  const branchFilter = onlyBranch === undefined ? '' : ' AND branch_id = ?';
  const params = onlyBranch === undefined ? [roundId] : [roundId, onlyBranch];
  // The unique index (round_id, branch_id, evaluator_id) gives this order without a sort.
  return db
    .prepare(
      `SELECT id, branch_id, status, packed, packed_rubric, evaluator_id,
              status = 'draft' AND EXISTS (SELECT 1 FROM scores sc WHERE sc.sheet_id = score_sheets.id)
         FROM score_sheets WHERE round_id = ?${branchFilter} ORDER BY branch_id`,
    )
    .raw()
    .iterate(...params) as IterableIterator<RoundSheetRow>;
}

// Prepared once per connection: a ranking from score rows reads every sheet this way.
const scoreRowStatements = new WeakMap<Store, Statement<[string]>>();

/** [item, points, fact] of one sheet's score rows. */
export function listSheetScoreRows(db: Store, sheetId: string): [string, number, number | null][] {
  let statement = scoreRowStatements.get(db);
  if (!statement) {
    statement = db
      .prepare<[string]>('SELECT item_code, points, fact FROM scores WHERE sheet_id = ?')
      .raw();
    scoreRowStatements.set(db, statement);
  }
  return statement.all(sheetId) as [string, number, number | null][];
}

/** Stores packs: [pack, rubric version, sheet id] each. */
export function updateSheetPacks(db: Store, packs: Iterable<[Buffer, string, string]>): void {
  const update = db.prepare('UPDATE score_sheets SET packed = ?, packed_rubric = ? WHERE id = ?');
  for (const [packed, rubricId, id] of packs) update.run(packed, rubricId, id);
}
