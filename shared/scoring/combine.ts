import { SCALE } from './exact';

export type CombineMethod = 'mean' | 'trimmed-mean' | 'median';

/**
 * Combines the values several evaluators gave one item, in hundredths × SCALE. `values` holds
 * `count` entries and may be reordered (the median sorts it in place).
 */
export function combineValues(
  values: Int32Array | number[],
  count: number,
  method: CombineMethod,
  trimMinEvaluators: number,
): number {
  if (count === 1) return (values[0] ?? 0) * SCALE;
  if (method === 'median') {
    const sorted = Array.prototype.slice.call(values, 0, count) as number[];
    sorted.sort((a, b) => a - b);
    const mid = count >> 1;
    return count % 2 === 1 ? sorted[mid]! * SCALE : ((sorted[mid - 1]! + sorted[mid]!) * SCALE) / 2;
  }
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i += 1) {
    const v = values[i]!;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The sports-judging rule needs enough evaluators; with fewer it is a plain mean.
  if (method === 'trimmed-mean' && count >= trimMinEvaluators && count >= 3) {
    return ((sum - min - max) * SCALE) / (count - 2);
  }
  return (sum * SCALE) / count;
}
