import type { CompiledRubric, RankingState } from '../../../shared/scoring';
import type { Store } from '../../store/open';
import type { Commit } from '../../store/write';
import { onCommit } from '../../store/write';
import { loadRoundInputs } from './load-inputs';
import type { BranchRow, RoundRow } from './queries';
import { listSheetScopes } from './queries';

export interface Computed {
  /** The data revision this ranking is current at. */
  revision: number;
  rubric: CompiledRubric;
  branches: BranchRow[];
  state: RankingState;
  round: RoundRow;
  /** Names of the campaign's evaluators with sheets, for "whose sheet is outstanding". */
  evaluatorNames: Map<string, string>;
}

/**
 * Results are derived data: recomputed from scores, cached per campaign and round, and stale
 * as soon as the data revision moves (every committed write moves it), unless the commit
 * listener below carried the entry across that commit.
 */
const cache = new WeakMap<Store, Map<string, Computed>>();

const keyOf = (campaignId: string, roundId: string) => `${campaignId}:${roundId}`;

export function cachedRanking(
  db: Store,
  campaignId: string,
  roundId: string,
  revision: number,
): Computed | undefined {
  const hit = cache.get(db)?.get(keyOf(campaignId, roundId));
  return hit && hit.revision === revision ? hit : undefined;
}

export function keepRanking(db: Store, campaignId: string, entry: Computed): void {
  // Computed inside an open write (revision NaN): it may be rolled back, so it is not kept.
  if (Number.isNaN(entry.revision)) return;
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  perDb.set(keyOf(campaignId, entry.round.id), entry);
}

interface SheetCommit {
  campaignId: string;
  roundId: string;
  branchIds: Set<string>;
}

/**
 * What a commit changed, when the ranking can account for all of it: every audit entry is on a
 * score sheet (scores, remarks, submit, reopen, a new draft, evidence) and all those sheets are
 * in one round. Anything else (a veto resolution, a branch or rubric change, sheets of two
 * rounds, which may be each other's tie-breakers) returns null.
 */
function sheetCommit(db: Store, commit: Commit): SheetCommit | null {
  const sheetIds = new Set<string>();
  for (const entry of commit.audit) {
    if (entry.entity !== 'sheet') return null;
    sheetIds.add(entry.entityId);
  }
  const scopes = listSheetScopes(db, [...sheetIds]);
  const first = scopes[0];
  if (!first || scopes.length !== sheetIds.size) return null;
  const branchIds = new Set<string>();
  for (const scope of scopes) {
    if (scope.campaign_id !== first.campaign_id || scope.round_id !== first.round_id) return null;
    branchIds.add(scope.branch_id);
  }
  return { campaignId: first.campaign_id, roundId: first.round_id, branchIds };
}

/**
 * Precise invalidation. Everything a ranking is computed from is audited when it changes, so a
 * commit without audit entries (a setting, remembered export options, an edit that changed
 * nothing) leaves every ranking that was current before it current after it. A commit that
 * only touched sheets of one round re-evaluates just their branches in that round's ranking and
 * carries it to the new revision, instead of dropping the whole ranking. Every other entry,
 * and this one if anything does not fit, stays at its old revision, which is stale.
 */
function carryAcross(db: Store, commit: Commit): void {
  const perDb = cache.get(db);
  if (!perDb || perDb.size === 0) return;
  if (commit.audit.length === 0) {
    for (const entry of perDb.values())
      if (entry.revision === commit.revisionBefore) entry.revision = commit.revision;
    return;
  }
  const changed = sheetCommit(db, commit);
  if (!changed) return;
  const entry = perDb.get(keyOf(changed.campaignId, changed.roundId));
  if (!entry || entry.revision !== commit.revisionBefore) return;
  for (const branchId of changed.branchIds) {
    const branch = entry.branches.find((b) => b.id === branchId);
    const previous = entry.state.inputOf(branchId);
    if (!branch || !previous) return;
    const [input] = loadRoundInputs(
      db,
      changed.campaignId,
      changed.roundId,
      entry.rubric,
      [branch],
      branchId,
    );
    if (!input) return;
    if (previous.otherRoundTotals) input.otherRoundTotals = previous.otherRoundTotals;
    if (previous.previousLevel !== undefined) input.previousLevel = previous.previousLevel;
    entry.state.updateBranch(input);
  }
  entry.revision = commit.revision;
}

onCommit(carryAcross);
