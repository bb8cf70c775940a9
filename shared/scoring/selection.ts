import type { Scheme } from '../domain/rubric';
import type { Entry } from './order';
import { addReason, compareKeys, competitionRanks } from './order';
import { scopeGroups } from './quotas';

type Selection = Extract<Scheme, { kind: 'selection' }>;

/** Tied on the total and every tie-breaker: nothing in the rubric tells them apart. */
const sameKeys = (a: Entry, b: Entry): boolean =>
  compareKeys(0, a.evaluation, 0, b.evaluation) === 0;

/** Tied on the total alone. */
const sameTotal = (a: Entry, b: Entry): boolean => a.total === b.total;

/**
 * The positions selected in one scope group (in order of total and tie-breakers): the first
 * `top` eligible, with a tie on the total across the last place settled by the scheme's
 * `ties` policy. Returns how many are selected and the tied run across the border, if any.
 */
function border(
  scheme: Selection,
  group: Entry[],
): { selected: number; tied: { start: number; end: number } | null } {
  let eligible = 0;
  while (
    eligible < group.length &&
    (scheme.min === undefined || group[eligible]!.total >= scheme.min)
  )
    eligible += 1;
  const top = scheme.top;
  if (eligible <= top || !sameTotal(group[top - 1]!, group[top]!)) {
    return { selected: Math.min(top, eligible), tied: null };
  }
  let start = top - 1;
  while (start > 0 && sameTotal(group[start - 1]!, group[start]!)) start -= 1;
  let end = top;
  while (end + 1 < eligible && sameTotal(group[end]!, group[end + 1]!)) end += 1;
  const tied = { start, end };
  if (scheme.ties === 'keep-all') return { selected: end + 1, tied };
  if (scheme.ties === 'drop-all') return { selected: start, tied };
  // The tie-breakers decide; a run they cannot split at the last place is kept whole.
  let last = top;
  while (last <= end && sameKeys(group[top - 1]!, group[last]!)) last += 1;
  return { selected: last, tied };
}

/**
 * Award selection: within each scope group (entries in order of total and tie-breakers), the
 * top N with at least the minimum total are selected (level 1), the rest not (level 0).
 * Branches tied on the total across the last place are all marked, whichever the policy and
 * whatever order they were entered in, since the committee must see that tie.
 */
export function applySelection(scheme: Selection, entries: Entry[]): void {
  const byTieBreakers = scheme.ties === 'tie-breakers';
  for (const group of scopeGroups(entries, scheme.scope)) {
    const ranks = competitionRanks(group, byTieBreakers ? sameKeys : sameTotal);
    const { selected, tied } = border(scheme, group);
    group.forEach((entry, i) => {
      const rank = ranks[i]!;
      const chosen = i < selected;
      const cap = entry.evaluation.cap;
      entry.merit = chosen ? Math.min(1, cap ?? 1) : 0;
      entry.level = entry.merit;
      addReason(entry, {
        kind: chosen ? 'selected' : 'not-selected',
        rank,
        top: scheme.top,
        scope: scheme.scope,
      });
      if (tied && i >= tied.start && i <= tied.end) {
        addReason(entry, { kind: 'border-tie', level: 1, rank, kept: chosen, policy: scheme.ties });
      }
      // A gate capping the award changed the result only for a branch that was chosen.
      if (chosen && cap !== null && cap < 1) {
        for (const gate of entry.evaluation.selectionGates ?? []) addReason(entry, gate);
      }
    });
  }
}
