import type { Store } from '../../store/open';
import { prepared } from '../../store/queries/prepared';

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
      // Scanning the units and probing the campaign's membership measured a third faster on
      // a province than looking each member up by its text id.
      `SELECT b.id, b.name, b.branch_type, t.id AS township_id, t.name AS township_name
         FROM org_units b JOIN org_units t ON t.id = b.parent_id
        WHERE EXISTS (SELECT 1 FROM campaign_branches cb
                       WHERE cb.campaign_id = ? AND cb.branch_id = b.id)
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

/** What decides which of a round's sheets the ranking reads from their packs. */
export interface PackFilter {
  roundId: string;
  /** Whether the round counts the branches' own sheets (a self round) or evaluators'. */
  selfRound: boolean;
  /** The rubric version whose packs are current (null: read every sheet from its rows). */
  packVersion: string | null;
  /** A current pack's length in bytes; a pack of another length is read from its rows. */
  packBytes: number;
  /** Only this branch's sheets. */
  onlyBranch?: string;
  /** Only branches with ids from this one on (a slice of a round read in parts). */
  from?: string;
  /** …and before this one. */
  to?: string;
}

// The common case: a submitted sheet of the right filer whose pack is current. Never NULL.
const PACKED = `(status = 'submitted' AND (evaluator_id IS NULL) = @self
                 AND coalesce(packed_rubric = @version AND length(packed) = @bytes, 0))`;

function packParams(filter: PackFilter): Record<string, unknown> {
  return {
    self: filter.selfRound ? 1 : 0,
    version: filter.packVersion,
    bytes: filter.packBytes,
    round: filter.roundId,
    ...(filter.onlyBranch === undefined ? {} : { branch: filter.onlyBranch }),
    ...(filter.from === undefined ? {} : { from: filter.from }),
    ...(filter.to === undefined ? {} : { to: filter.to }),
  };
}

const branchFilter = (filter: PackFilter) =>
  (filter.onlyBranch === undefined ? '' : ' AND branch_id = @branch') +
  (filter.from === undefined ? '' : ' AND branch_id >= @from') +
  (filter.to === undefined ? '' : ' AND branch_id < @to');

/**
 * [branch, its current packs end to end (null: none), how many sheets it has] per branch with
 * sheets in the round; sheets beyond the packs are anything else. One row and one buffer per
 * branch, not per sheet: a province has 138,000 sheets, and every row and buffer handed to
 * JavaScript costs time. group_concat keeps a blob's bytes as they are (the database is UTF-8)
 * and skips NULLs.
 */
export type PackedBranchRow = [string, Uint8Array | null, number];

export function iteratePackedBranches(
  db: Store,
  filter: PackFilter,
): IterableIterator<PackedBranchRow> {
  return db
    .prepare(
      `SELECT branch_id, CAST(group_concat(CASE WHEN ${PACKED} THEN packed END, x'') AS BLOB),
              count(*)
         FROM score_sheets WHERE round_id = @round${branchFilter(filter)} GROUP BY branch_id`,
    )
    .raw()
    .iterate(packParams(filter)) as IterableIterator<PackedBranchRow>;
}

/**
 * The other sheets of these branches in the round, grouped by branch: [branch, id, status,
 * evaluator (null: self), whether a draft has any entry (1/0)]. Drafts, sheets filed by the
 * wrong party, and submitted sheets without a current pack (these are read from their score
 * rows). Only the branches named are looked up, by the round's (round, branch) index: while a
 * round is being scored a few branches have such sheets, and scanning all 138,000 sheets of a
 * province for them cost 180–300 ms of every ranking; when every branch has one (all packs
 * stale) the lookups cost ~15 % more than that scan. The branches named come from the packed
 * query with the same filter, so its branch and slice bounds need no second check here.
 */
export type UnpackedSheetRow = [string, string, 'draft' | 'submitted', string | null, 0 | 1];

export function iterateUnpackedSheets(
  db: Store,
  filter: PackFilter,
  branchIds: readonly string[],
): IterableIterator<UnpackedSheetRow> {
  return db
    .prepare(
      `SELECT branch_id, id, status, evaluator_id,
              status = 'draft' AND EXISTS (SELECT 1 FROM scores sc WHERE sc.sheet_id = score_sheets.id)
         FROM score_sheets
        WHERE round_id = @round AND branch_id IN (SELECT value FROM json_each(@branches))
              AND NOT ${PACKED}
        ORDER BY branch_id, evaluator_id`,
    )
    .raw()
    .iterate({
      ...packParams(filter),
      branches: JSON.stringify(branchIds),
    }) as IterableIterator<UnpackedSheetRow>;
}

/**
 * [item, points, fact] of one sheet's score rows. Kept prepared: a ranking from score rows
 * reads every sheet this way.
 */
export function listSheetScoreRows(db: Store, sheetId: string): [string, number, number | null][] {
  return prepared(db, 'SELECT item_code, points, fact FROM scores WHERE sheet_id = ?')
    .raw(true)
    .all(sheetId) as [string, number, number | null][];
}

/** Stores packs: [pack, rubric version, sheet id] each. */
export function updateSheetPacks(db: Store, packs: Iterable<[Buffer, string, string]>): void {
  const update = db.prepare('UPDATE score_sheets SET packed = ?, packed_rubric = ? WHERE id = ?');
  for (const [packed, rubricId, id] of packs) update.run(packed, rubricId, id);
}
