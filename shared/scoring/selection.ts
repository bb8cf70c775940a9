import type { Scheme } from '../domain/rubric';
import type { Entry } from './order';
import { addReason, compareKeys, competitionRanks } from './order';
import { scopeGroups } from './quotas';

type Selection = Extract<Scheme, { kind: 'selection' }>;

const sameTotal = (a: Entry, b: Entry): boolean =>
  compareKeys(0, a.evaluation, 0, b.evaluation) === 0;

/**
 * Award selection: within each scope group (entries in order of total), the top N with at
 * least the minimum total are selected (level 1), the rest not (level 0). Branches tied with
 * the last selected are all selected, and marked, since an award cannot tell them apart.
 */
export function applySelection(scheme: Selection, entries: Entry[]): void {
  for (const group of scopeGroups(entries, scheme.scope)) {
    const ranks = competitionRanks(group, sameTotal);
    group.forEach((entry, i) => {
      const rank = ranks[i]!;
      const eligible = scheme.min === undefined || entry.total >= scheme.min;
      const selected = eligible && rank <= scheme.top;
      const cap = entry.evaluation.cap;
      entry.merit = selected ? Math.min(1, cap ?? 1) : 0;
      entry.level = entry.merit;
      addReason(entry, {
        kind: selected ? 'selected' : 'not-selected',
        rank,
        top: scheme.top,
        scope: scheme.scope,
      });
      if (selected && i >= scheme.top) {
        addReason(entry, { kind: 'border-tie', level: 1, rank, kept: true });
      }
    });
  }
}
