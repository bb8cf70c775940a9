import { z } from 'zod';
import type { RubricItem } from './rubric';

/**
 * What an evaluator enters for one item, by item type. The same rules run in the renderer
 * (inline validation, live totals) and in main (nothing invalid is ever stored).
 */
export const entryValueSchema = z.union([
  z.strictObject({ points: z.number().int().min(0).max(1_000_000) }),
  z.strictObject({ findings: z.number().int().min(0).max(1000) }),
  z.strictObject({ option: z.string().min(1).max(40) }),
  z.strictObject({ met: z.boolean() }),
  z.strictObject({ triggered: z.boolean(), reason: z.string().trim().max(2000).optional() }),
  z.strictObject({ value: z.number().int().min(0).max(1_000_000) }),
]);
export type EntryValue = z.infer<typeof entryValueSchema>;

/** What is stored: points after the item's rule, the fact (veto/gate) and the entry itself. */
export interface ResolvedEntry {
  points: number;
  fact: number | null;
  input: EntryValue;
}

export type EntryProblem =
  | { code: 'wrong-kind'; expected: string }
  | { code: 'above-max'; max: number }
  | { code: 'not-on-step'; step: number }
  | { code: 'unknown-option' }
  | { code: 'veto-reason-required' };

/** Applies the item's rule to an entry, or says precisely why the entry is refused. */
export function resolveEntry(item: RubricItem, entry: EntryValue): ResolvedEntry | EntryProblem {
  switch (item.type) {
    case 'points':
    case 'bonus': {
      if (!('points' in entry)) return { code: 'wrong-kind', expected: 'points' };
      if (entry.points > item.max) return { code: 'above-max', max: item.max };
      const step = item.step ?? 1;
      if (entry.points % step !== 0) return { code: 'not-on-step', step };
      return { points: entry.points, fact: null, input: entry };
    }
    case 'deduction': {
      if (!('findings' in entry)) return { code: 'wrong-kind', expected: 'findings' };
      const per = item.perFinding ?? item.max;
      // "扣完为止": the item never goes below zero, however many findings.
      return { points: Math.max(0, item.max - entry.findings * per), fact: null, input: entry };
    }
    case 'choice': {
      if (!('option' in entry)) return { code: 'wrong-kind', expected: 'option' };
      const option = item.options?.find((o) => o.key === entry.option);
      if (!option) return { code: 'unknown-option' };
      return { points: option.points, fact: null, input: entry };
    }
    case 'check': {
      if (!('met' in entry)) return { code: 'wrong-kind', expected: 'met' };
      return { points: entry.met ? item.max : 0, fact: null, input: entry };
    }
    case 'veto': {
      if (!('triggered' in entry)) return { code: 'wrong-kind', expected: 'triggered' };
      if (entry.triggered && !entry.reason) return { code: 'veto-reason-required' };
      return { points: 0, fact: entry.triggered ? 1 : 0, input: entry };
    }
    case 'gate': {
      if (item.gate?.min === undefined) {
        if (!('met' in entry)) return { code: 'wrong-kind', expected: 'met' };
        return { points: 0, fact: entry.met ? 1 : 0, input: entry };
      }
      if (!('value' in entry)) return { code: 'wrong-kind', expected: 'value' };
      return { points: 0, fact: entry.value, input: entry };
    }
  }
}

export function isEntryProblem(value: ResolvedEntry | EntryProblem): value is EntryProblem {
  return 'code' in value;
}
