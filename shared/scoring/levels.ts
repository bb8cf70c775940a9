import type { Band } from '../domain/rubric';
import type { CompiledRubric } from './compile';
import type { Reason } from './types';

/**
 * Per-star rubrics: a star is earned when its score reaches its pass line and none of its
 * vetoes or gates stops it; then the star relation (capstone or prerequisite) decides which
 * earned stars count. The level is the number of stars that count.
 */
export function perStarLevel(
  rubric: CompiledRubric,
  scores: number[],
  vetoes: { index: number }[],
  gates: Map<number, { met: boolean; value: number | null }>,
  resolved: ReadonlyMap<string, string> | undefined,
  reasons: Reason[],
): { level: number; earned: boolean[] } {
  const def = rubric.definition;
  const earned = def.dimensions.map((dimension, d) => {
    const passLine = dimension.passLine ?? dimension.max;
    const score = scores[d]!;
    const reached = score >= passLine;
    reasons.push({ kind: 'star-score', star: dimension.code, score, passLine, earned: reached });
    return reached;
  });
  for (const { index } of vetoes) {
    const item = rubric.items[index]!;
    if (item.veto?.scope !== 'star' || resolved?.has(item.code)) continue;
    const d = rubric.itemDimension[index]!;
    reasons.push({ kind: 'star-veto', star: def.dimensions[d]!.code, item: item.code });
    earned[d] = false;
  }
  for (const [index, gate] of gates) {
    const item = rubric.items[index]!;
    if (item.gate?.effect !== 'cancel-star' || gate.met) continue;
    const d = rubric.itemDimension[index]!;
    reasons.push({
      kind: 'star-gate',
      star: def.dimensions[d]!.code,
      item: item.code,
      value: gate.value,
      min: item.gate.min ?? null,
    });
    earned[d] = false;
  }
  const relation = def.scheme.kind === 'per-star' ? def.scheme.starRelation : undefined;
  const at = relation ? def.dimensions.findIndex((d) => d.code === relation.star) : -1;
  if (relation && at >= 0) {
    if (relation.relation === 'capstone' && earned[at]) {
      const missing = def.dimensions.filter((_, d) => d !== at && !earned[d]).map((d) => d.code);
      if (missing.length > 0) {
        reasons.push({ kind: 'capstone-not-counted', star: relation.star, missing });
        earned[at] = false;
      }
    }
    if (relation.relation === 'prerequisite' && !earned[at]) {
      if (earned.some(Boolean)) reasons.push({ kind: 'prerequisite-missing', star: relation.star });
      earned.fill(false);
    }
  }
  return { level: earned.filter(Boolean).length, earned };
}

/** The highest band whose minimum the total reaches; below every band is level 0. */
export function levelFromBands(bands: Band[], total: number, reasons: Reason[]): number {
  let best: Band | undefined;
  for (const band of bands) {
    if (total >= band.min && (best === undefined || band.level > best.level)) best = band;
  }
  if (!best) {
    const lowest = Math.min(...bands.map((b) => b.min));
    reasons.push({ kind: 'below-bands', total, lowest });
    return 0;
  }
  reasons.push({ kind: 'band', total, min: best.min, level: best.level });
  return best.level;
}
