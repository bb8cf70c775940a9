import type { EntryProblem } from './entry';
import { formatCenti } from './points';

/**
 * An entry its item's rule refuses, as every path reports it: `scores.save` error details, a
 * grid cell, a score template cell and the score sheet itself. Values are in points as people
 * write them (a 10-point item says `max: 10`, never the stored 1000 hundredths), so the one
 * sentence (`entryRefusalText`) reads the same wherever the value was typed.
 */
export interface EntryRefusal {
  /** The item's code. */
  item: string;
  problem: EntryProblem['code'];
  /** `above-max`: the item's maximum, in points. */
  max?: number;
  /** `not-on-step`: the step entries must be a multiple of, in points. */
  step?: number;
}

/** The codes `entryRefusalText` words; other paths' own codes keep their own sentences. */
export const ENTRY_REFUSALS: readonly EntryProblem['code'][] = [
  'above-max',
  'not-on-step',
  'unknown-option',
  'veto-reason-required',
  'wrong-kind',
];

export function isEntryRefusal(code: unknown): code is EntryProblem['code'] {
  return typeof code === 'string' && (ENTRY_REFUSALS as readonly string[]).includes(code);
}

export function entryRefusal(item: string, problem: EntryProblem): EntryRefusal {
  return {
    item,
    problem: problem.code,
    ...('max' in problem ? { max: problem.max / 100 } : {}),
    ...('step' in problem ? { step: problem.step / 100 } : {}),
  };
}

/** English for logs and developers; users read `entryRefusalText` in their language. */
export function entryRefusalMessage(refusal: EntryRefusal): string {
  switch (refusal.problem) {
    case 'above-max':
      return `Item ${refusal.item} is above its maximum of ${refusal.max} points`;
    case 'not-on-step':
      return `Item ${refusal.item} must be a multiple of ${refusal.step} points`;
    default:
      return `Item ${refusal.item}: ${refusal.problem}`;
  }
}

/** Any i18next `t`: the renderer's and main's both fit. */
export type EntryTranslate = (key: string, values: Record<string, string>) => string;

/**
 * The one sentence for a refused entry, naming the item (`label`, e.g. "S1.1.1 班子结构") and
 * the limit in points: `entryProblems.<code>` in the locale files.
 */
export function entryRefusalText(
  t: EntryTranslate,
  refusal: Pick<EntryRefusal, 'problem' | 'max' | 'step'>,
  label: string,
): string {
  const points = (value: number | undefined) =>
    value === undefined ? '' : formatCenti(Math.round(value * 100));
  return t(`entryProblems.${refusal.problem}`, {
    item: label,
    max: points(refusal.max),
    step: points(refusal.step),
  });
}
