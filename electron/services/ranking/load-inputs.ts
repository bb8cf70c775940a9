import type { RoundKind } from '../../../shared/domain/org';
import { sheetFitsRound } from '../../../shared/domain/org';
import type { CompiledRubric } from '../../../shared/scoring';
import type { BranchInput } from '../../../shared/scoring/types';
import type { Store } from '../../store/open';
import { PACK_BYTES_PER_ITEM, readSheetRows, unpackSheets } from './pack';
import type { BranchRow, PackFilter } from './queries';
import {
  iteratePackedBranches,
  iterateUnpackedSheets,
  listRankingBranches,
  listResolvedVetoes,
  roundKind,
} from './queries';

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
 * Each sheet's values come from its pack when the pack follows this rubric version: one query
 * row per branch with its packs end to end. Branches with any other sheet (a draft, a sheet of
 * the wrong filer, one without a current pack) wait until that query has closed, then their
 * other sheets are read (theirs only, looked up by branch), those without a pack from their
 * score rows (a better-sqlite3 connection runs one statement at a time).
 */
export function visitRoundInputs(
  db: Store,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[],
  visit: (input: BranchInput, position: number) => void,
  options: VisitOptions = {},
): void {
  roundReader(db, roundId, rubric, branches)(visit, options);
}

/**
 * Part of the branches, by id, for reading a round in parts between which other calls run (see
 * slices.ts): ids from `from` on and before `to` (null: to the end), at these positions.
 */
export interface BranchSlice {
  from: string;
  to: string | null;
  positions: number[];
}

export type RoundReader = (
  visit: (input: BranchInput, position: number) => void,
  options?: VisitOptions & { slice?: BranchSlice },
) => void;

/** visitRoundInputs with what every read needs prepared once, for reading a round in slices. */
export function roundReader(
  db: Store,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[],
): RoundReader {
  const positions = new Map(branches.map((b, i) => [b.id, i]));
  const kind = roundKind(db, roundId) ?? 'other';
  const resolved = resolvedVetoes(db, roundId);
  const itemCount = rubric.items.length;
  const base: PackFilter = {
    roundId,
    selfRound: kind === 'self',
    packVersion: rubric.versionId,
    packBytes: itemCount * PACK_BYTES_PER_ITEM,
  };
  return (visit, options = {}) => {
    const { slice } = options;
    const visited = new Uint8Array(branches.length);
    const inputAt = (position: number): BranchInput => {
      visited[position] = 1;
      const branch = branches[position]!;
      const input: BranchInput = {
        branchId: branch.id,
        townshipId: branch.township_id,
        sheets: [],
      };
      const vetoes = resolved.get(branch.id);
      if (vetoes) input.resolvedVetoes = vetoes;
      return input;
    };
    const filter: PackFilter = {
      ...base,
      ...(options.onlyBranch === undefined ? {} : { onlyBranch: options.onlyBranch }),
      ...(slice ? { from: slice.from } : {}),
      ...(slice?.to ? { to: slice.to } : {}),
    };
    const waiting = new Map<string, { input: BranchInput; position: number }>();
    for (const [branchId, packs, sheets] of iteratePackedBranches(db, filter)) {
      const position = positions.get(branchId);
      if (position === undefined) continue; // sheets of a branch that no longer takes part
      const input = inputAt(position);
      if (packs !== null) input.sheets = unpackSheets(packs, itemCount);
      if (input.sheets.length < sheets) waiting.set(branchId, { input, position });
      else visit(input, position);
    }
    if (waiting.size > 0) addUnpackedSheets(db, rubric, kind, filter, waiting, options.stale);
    for (const { input, position } of waiting.values()) visit(input, position);
    const rest = slice ? slice.positions : branches.keys();
    for (const position of rest) {
      if (!visited[position]) visit(inputAt(position), position);
    }
  };
}

/** Adds the waiting branches' drafts, wrongly filed and unpacked sheets to their inputs. */
function addUnpackedSheets(
  db: Store,
  rubric: CompiledRubric,
  kind: RoundKind,
  filter: PackFilter,
  waiting: Map<string, { input: BranchInput }>,
  stale: string[] | undefined,
): void {
  const ignoredWho = kind === 'self' ? 'evaluators' : 'self';
  const fromRows: [BranchInput, string][] = [];
  for (const [branchId, sheetId, status, evaluatorId, hasEntries] of iterateUnpackedSheets(
    db,
    filter,
    [...waiting.keys()],
  )) {
    const input = waiting.get(branchId)?.input;
    if (!input) continue;
    if (!sheetFitsRound(kind, evaluatorId)) {
      const count = (input.ignoredSheets?.count ?? 0) + 1;
      input.ignoredSheets = { count, who: ignoredWho };
    } else if (status === 'draft') {
      if (hasEntries === 1) {
        input.pendingSheets = (input.pendingSheets ?? 0) + 1;
        (input.pendingBy ??= []).push(evaluatorId);
      }
    } else {
      fromRows.push([input, sheetId]);
    }
  }
  for (const [input, sheetId] of fromRows) {
    input.sheets.push(readSheetRows(db, sheetId, rubric));
    stale?.push(sheetId);
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
