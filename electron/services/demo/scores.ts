import type { RubricItem } from '../../../shared/domain/rubric';

/** Small deterministic PRNG (mulberry32), so the demo campaign is the same on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoScore {
  points: number;
  /** Veto raised (1/0) or gate value; null for other items. */
  fact: number | null;
  input: unknown;
}

/**
 * A plausible score for one item from one evaluator. `quality` (0–1) is how good the branch is;
 * evaluators differ a little through `random`. Points obey each type's rule, as real entry would.
 */
export function demoScore(item: RubricItem, quality: number, random: () => number): DemoScore {
  const level = Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.25));
  switch (item.type) {
    case 'points':
    case 'bonus': {
      const step = item.step && item.step > 0 ? item.step : 50;
      const target = item.max * (item.type === 'bonus' ? level * 0.5 : 0.55 + 0.45 * level);
      const points = Math.min(item.max, Math.round(target / step) * step);
      // Stored the way the score sheet stores it, so the sheet shows what was entered.
      return { points, fact: null, input: { points } };
    }
    case 'deduction': {
      const findings = Math.max(0, Math.round((1 - level) * 4 * random()));
      const per = item.perFinding ?? 100;
      return { points: Math.max(0, item.max - findings * per), fact: null, input: { findings } };
    }
    case 'choice': {
      const options = [...(item.options ?? [])].sort((a, b) => b.points - a.points);
      const index = Math.min(options.length - 1, Math.floor((1 - level) * options.length));
      const option = options[index];
      return option
        ? { points: option.points, fact: null, input: { option: option.key } }
        : { points: 0, fact: null, input: null };
    }
    case 'check': {
      const met = random() < 0.25 + 0.75 * level;
      return { points: met ? item.max : 0, fact: null, input: { met } };
    }
    case 'veto':
      return { points: 0, fact: 0, input: { triggered: false } };
    case 'gate': {
      // Yes/no gates are usually met; measured gates (e.g. satisfaction) land near the bar.
      if (item.gate?.min === undefined) {
        const met = random() < 0.5 + 0.5 * level;
        return { points: 0, fact: met ? 1 : 0, input: { met } };
      }
      const value = Math.min(10000, Math.round((8000 + 2000 * level) / 10) * 10);
      return { points: 0, fact: value, input: { value } };
    }
  }
}
