import type { BranchRow } from './queries';
import type { BranchSlice } from './load-inputs';

/**
 * Branches per slice when a ranking is computed in parts: about 40 ms of reading and evaluating
 * on the bench machine, so a call that arrives meanwhile waits about that long, not for the
 * whole province (docs/performance.md).
 */
export const SLICE_BRANCHES = 2000;

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The branches cut into slices by id, in SQLite's order for the id column (its BINARY
 * collation compares bytes). JavaScript compares UTF-16 units, which agree with the bytes for
 * ASCII, what every id is (UUIDs); should an id be anything else, the round is one slice.
 */
export function branchSlices(branches: readonly BranchRow[], size = SLICE_BRANCHES): BranchSlice[] {
  const all = branches.map((_, i) => i);
  if (branches.length <= size || !branches.every((b) => ASCII.test(b.id)))
    return [{ from: '', to: null, positions: all }];
  all.sort((a, b) => {
    const x = branches[a]!.id;
    const y = branches[b]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const slices: BranchSlice[] = [];
  for (let start = 0; start < all.length; start += size) {
    const next = all[start + size];
    slices.push({
      from: start === 0 ? '' : branches[all[start]!]!.id,
      to: next === undefined ? null : branches[next]!.id,
      positions: all.slice(start, start + size),
    });
  }
  return slices;
}
