import type { TFunction } from 'i18next';
import { isEntryRefusal } from '../../../../shared/domain/entry-refusal';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { CellProblem } from '../../../../shared/grid/cell-text';
import { refusalText } from '../../i18n/refusalText';

const KNOWN = [
  'too-precise',
  'not-a-number',
  'negative',
  'not-integer',
  'unknown-option',
  'not-yes-no',
  'read-only',
  'not-assigned',
  'unknown-item',
  'locked',
  'conflict',
] as const;
type Known = (typeof KNOWN)[number];

function known(code: string): code is Known {
  return (KNOWN as readonly string[]).includes(code);
}

/** Why a cell was refused, in words that say what to enter instead. */
export function problemText(
  t: TFunction,
  problem: CellProblem,
  item: RubricItem,
  lang: string,
): string {
  // The entry rule's refusals read the same on every path; an option not found lists the
  // options instead, which only the grid can show.
  if (isEntryRefusal(problem.problem) && problem.problem !== 'unknown-option') {
    const label = `${item.code} ${lang.startsWith('en') && item.nameEn ? item.nameEn : item.name}`;
    return refusalText(t, { ...problem, problem: problem.problem }, label);
  }
  const code: Known | 'other' = known(problem.problem) ? problem.problem : 'other';
  const options = (item.options ?? [])
    .map((o) => (lang.startsWith('en') && o.labelEn ? o.labelEn : o.label))
    .join(' / ');
  return t(`grid.problem.${code}`, { options });
}
