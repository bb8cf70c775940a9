import type { Band, RubricDefinition } from '../domain/rubric';
import type { CompiledRubric } from './compile';
import type { DimensionResult, Reason } from './types';

type Relation = Extract<RubricDefinition['scheme'], { kind: 'per-star' }>['starRelation'];

function relationOf(def: RubricDefinition): { relation: Relation; at: number } {
  const relation = def.scheme.kind === 'per-star' ? def.scheme.starRelation : undefined;
  const at = relation ? def.dimensions.findIndex((d) => d.code === relation.star) : -1;
  return { relation: at >= 0 ? relation : undefined, at };
}

/**
 * The star relation applied, in place, to stars earned one by one: a capstone counts only on
 * top of all the others, without a prerequisite nothing counts. Reasons are written when a list
 * is given.
 */
function applyRelation(
  def: RubricDefinition,
  counted: boolean[],
  reasons: Reason[] | null,
): boolean[] {
  const { relation, at } = relationOf(def);
  if (!relation) return counted;
  if (relation.relation === 'capstone' && counted[at]) {
    const missing = def.dimensions.filter((_, d) => d !== at && !counted[d]).map((d) => d.code);
    if (missing.length > 0) {
      reasons?.push({ kind: 'capstone-not-counted', star: relation.star, missing });
      counted[at] = false;
    }
  }
  if (relation.relation === 'prerequisite' && !counted[at]) {
    if (counted.some(Boolean)) reasons?.push({ kind: 'prerequisite-missing', star: relation.star });
    counted.fill(false);
  }
  return counted;
}

const same = (a: boolean[], b: boolean[]): boolean => a.every((x, i) => x === b[i]);

/**
 * Per-star rubrics: a star is earned when its score reaches its pass line and none of its
 * vetoes or gates stops it; then the star relation (capstone or prerequisite) decides which
 * earned stars count. The level is the number of stars that count. A failed star gate is
 * reported only when it changed which stars count: a gate on a star that missed its pass line
 * anyway, or whose star would not count for other reasons, is not the reason for anything.
 */
export function perStarLevel(
  rubric: CompiledRubric,
  scores: number[],
  vetoes: { index: number }[],
  gates: ReadonlyMap<number, { met: boolean; value: number | null }>,
  resolved: ReadonlyMap<string, string> | undefined,
  reasons: Reason[],
): { level: number; earned: boolean[] } {
  const def = rubric.definition;
  const reached = def.dimensions.map((dimension, d) => {
    const passLine = dimension.passLine ?? dimension.max;
    const score = scores[d]!;
    const ok = score >= passLine;
    reasons.push({ kind: 'star-score', star: dimension.code, score, passLine, earned: ok });
    return ok;
  });
  for (const { index } of vetoes) {
    const item = rubric.items[index]!;
    if (item.veto?.scope !== 'star' || resolved?.has(item.code)) continue;
    const d = rubric.itemDimension[index]!;
    reasons.push({ kind: 'star-veto', star: def.dimensions[d]!.code, item: item.code });
    reached[d] = false;
  }
  // Most branches fail no star gate: then nothing more is allocated.
  let gated: boolean[] | null = null;
  let gateReasons: Reason[] | null = null;
  for (const [index, gate] of gates) {
    const item = rubric.items[index]!;
    if (item.gate?.effect !== 'cancel-star' || gate.met) continue;
    const d = rubric.itemDimension[index]!;
    // A star already lost to its score or a veto is not lost to the gate.
    if (!reached[d]) continue;
    (gateReasons ??= []).push({
      kind: 'star-gate',
      star: def.dimensions[d]!.code,
      item: item.code,
      value: gate.value,
      min: item.gate.min ?? null,
    });
    (gated ??= reached.slice())[d] = false;
  }
  // The relation's reasons come from the world the gates leave: when they change nothing, the
  // explanation is the one without them.
  const gatesMatter =
    gated !== null &&
    !same(applyRelation(def, gated.slice(), null), applyRelation(def, reached.slice(), null));
  if (gatesMatter && gateReasons) reasons.push(...gateReasons);
  const earned = applyRelation(def, gatesMatter && gated ? gated : reached, reasons);
  return { level: earned.filter(Boolean).length, earned };
}

/**
 * Which of the stars reached are awarded when the level ends below their number (a rating veto
 * or gate capped it, or a quota moved it down): `level` of them. A prerequisite star is given
 * first and a capstone star last, since it only ever goes on top of all the others; the rest
 * by how far their score is above the pass line, widest margin first, and on equal margins the
 * star listed first in the rubric. Returns a flag per dimension.
 */
export function awardStars(
  def: RubricDefinition,
  dimensions: readonly DimensionResult[],
  reached: readonly boolean[],
  level: number,
): boolean[] {
  const { relation, at } = relationOf(def);
  const priority = (d: number): number =>
    d !== at || !relation ? 0 : relation.relation === 'prerequisite' ? 1 : -1;
  const margin = (d: number): number => dimensions[d]!.score - (dimensions[d]!.passLine ?? 0);
  const order = reached
    .map((ok, d) => (ok ? d : -1))
    .filter((d) => d >= 0)
    .sort((a, b) => priority(b) - priority(a) || margin(b) - margin(a) || a - b);
  const awarded = reached.map(() => false);
  for (const d of order.slice(0, Math.max(0, level))) awarded[d] = true;
  return awarded;
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
