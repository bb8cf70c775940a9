import type { TFunction } from 'i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { CellProblem } from '../../../../shared/grid/cell-text';

const KNOWN = [
  'above-max',
  'not-on-step',
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
  'wrong-kind',
  'veto-reason-required',
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
  const code: Known | 'other' = known(problem.problem) ? problem.problem : 'other';
  const options = (item.options ?? [])
    .map((o) => (lang.startsWith('en') && o.labelEn ? o.labelEn : o.label))
    .join(' / ');
  return t(`grid.problem.${code}`, {
    max: formatCenti(problem.max ?? item.max),
    step: formatCenti(problem.step ?? item.step ?? 1),
    options,
  });
}
