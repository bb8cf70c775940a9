import { sheetFitsRound } from '../../../shared/domain/org';
import type { CompiledRubric } from '../../../shared/scoring';
import type { BranchInput } from '../../../shared/scoring/types';
import type { Store } from '../../store/open';
import { readSheetRows, unpackSheet } from './pack';
import type { BranchRow } from './queries';
import { iterateRoundSheets, listRankingBranches, listResolvedVetoes, roundKind } from './queries';

export interface VisitOptions {
  /** Only this branch (a score changed): the same reads, limited to its sheets. */
  onlyBranch?: string;
  /** Receives the ids of sheets read from their score rows, so the caller can repack them. */
  stale?: string[];
}

/** Reasons of resolved vetoes by branch and item. */
function resolvedVetoes(db: Store, roundId: string): Map<string, Map<string, string>> {
  const byBranch = new Map<string, Map<string, string>>();
  for (const [branchId, item, reason] of listResolvedVetoes(db, roundId)) {
    const map = byBranch.get(branchId) ?? new Map<string, string>();
    map.set(item, reason);
    byBranch.set(branchId, map);
  }
  return byBranch;
}

/**
 * Reads the submitted sheets of one round into engine inputs and hands each branch's input to
 * `visit`, with its position in `branches`, as soon as its sheets are read. A caller that
 * evaluates the input and lets it go never holds a whole province's sheets: they are the
 * largest thing a ranking reads. Every branch is visited once, in no promised order.
 * `visit` must not use the database: most visits happen while the sheet query is open.
 *
 * Which sheets count: the round's submitted sheets of the right owner (the branch itself in a
 * self round, evaluators in the others). A draft with entries is pending (the branch waits for
 * it, `pendingBy` names whose); a draft with nothing entered was opened and left, and blocks
 * nobody. A sheet in a round of the wrong kind (a self-assessment filed in a county review
 * before the rule existed) is never combined: it is counted in `ignoredSheets`, which the
 * ranking shows, and kept as it is.
 *
 * Each sheet's values come from its pack (one row per sheet) when the pack follows this rubric
 * version, otherwise from its score rows, read after the sheet query (a better-sqlite3
 * connection runs one statement at a time).
 */
export function visitRoundInputs(
  db: Store,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[],
  visit: (input: BranchInput, position: number) => void,
  options: VisitOptions = {},
): void {
  const positions = new Map(branches.map((b, i) => [b.id, i]));
  const kind = roundKind(db, roundId) ?? 'other';
  const ignoredWho = kind === 'self' ? 'evaluators' : 'self';
  const resolved = resolvedVetoes(db, roundId);
  const inputAt = (position: number): BranchInput => {
    const branch = branches[position]!;
    const input: BranchInput = { branchId: branch.id, townshipId: branch.township_id, sheets: [] };
    const vetoes = resolved.get(branch.id);
    if (vetoes) input.resolvedVetoes = vetoes;
    return input;
  };
  const visited = new Uint8Array(branches.length);
  const done = (input: BranchInput, position: number) => {
    visited[position] = 1;
    visit(input, position);
  };
  const fromRows: { input: BranchInput; position: number; sheetIds: string[] }[] = [];
  const itemCount = rubric.items.length;

  const sheetRows = iterateRoundSheets(db, roundId, options.onlyBranch);
  let current: { input: BranchInput; position: number; sheetIds: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    if (current.sheetIds.length > 0) fromRows.push(current);
    else done(current.input, current.position);
    current = null;
  };
  for (const [
    sheetId,
    branchId,
    status,
    packed,
    packedRubric,
    evaluatorId,
    hasEntries,
  ] of sheetRows) {
    if (current?.input.branchId !== branchId) {
      finish();
      const position = positions.get(branchId);
      if (position === undefined) continue; // a sheet for a branch that no longer takes part
      current = { input: inputAt(position), position, sheetIds: [] };
    }
    const { input } = current;
    if (!sheetFitsRound(kind, evaluatorId)) {
      const count = (input.ignoredSheets?.count ?? 0) + 1;
      input.ignoredSheets = { count, who: ignoredWho };
      continue;
    }
    if (status === 'draft') {
      if (hasEntries === 1) {
        input.pendingSheets = (input.pendingSheets ?? 0) + 1;
        (input.pendingBy ??= []).push(evaluatorId);
      }
      continue;
    }
    const fromPack =
      packed !== null && rubric.versionId !== null && packedRubric === rubric.versionId
        ? unpackSheet(packed, itemCount)
        : null;
    if (fromPack) input.sheets.push(fromPack);
    else current.sheetIds.push(sheetId);
  }
  finish();
  for (const { input, position, sheetIds } of fromRows) {
    for (const sheetId of sheetIds) input.sheets.push(readSheetRows(db, sheetId, rubric));
    options.stale?.push(...sheetIds);
    done(input, position);
  }
  for (let position = 0; position < branches.length; position += 1) {
    if (!visited[position]) done(inputAt(position), position);
  }
}

/** Every branch's input at once, in `branches` order (one branch, or a test's comparison). */
export function loadRoundInputs(
  db: Store,
  campaignId: string,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[] = listRankingBranches(db, campaignId),
  /** Only this branch (a score changed): the same reads, limited to its sheets. */
  onlyBranch?: string,
  stale?: string[],
): BranchInput[] {
  const inputs = new Array<BranchInput>(branches.length);
  visitRoundInputs(
    db,
    roundId,
    rubric,
    branches,
    (input, position) => {
      inputs[position] = input;
    },
    { onlyBranch, stale },
  );
  return inputs;
}
