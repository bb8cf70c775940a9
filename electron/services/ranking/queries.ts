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

/** [id, branch, status, pack, pack's rubric version] of a round's sheets, grouped by branch. */
export type RoundSheetRow = [
  string,
  string,
  'draft' | 'submitted',
  Uint8Array | null,
  string | null,
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
      `SELECT id, branch_id, status, packed, packed_rubric
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
