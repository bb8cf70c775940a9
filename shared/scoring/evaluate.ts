import type { RubricDefinition } from '../domain/rubric';
import { combineValues } from './combine';
import type { CompiledRubric } from './compile';
import { roundMicro, SCALE } from './exact';
import { awardStars, levelFromBands, perStarLevel } from './levels';
import type { BranchInput, BranchStatus, DimensionResult, MissingItem, Reason } from './types';
import { MISSING } from './types';

/**
 * What an evaluation keeps of its input: everything but the sheet values. A province's sheets
 * are far larger than its results, and nothing after evaluation reads them.
 */
export type RankedInput = Omit<BranchInput, 'sheets'>;

/** One branch's result before ranking and quotas. */
export interface BranchEvaluation {
  /** Position in the input, the last tie-breaker, so output order is stable. */
  index: number;
  input: RankedInput;
  status: BranchStatus;
  total: number | null;
  dimensions: DimensionResult[];
  /**
   * Stars awarded so far (per-star): `level` of them for a rated branch, none otherwise. A quota
   * that moves the level down awards fewer (`awardStars`) when the result is built.
   */
  stars: string[];
  /** Level from the scores, vetoes and gates; null when not rated or decided at ranking. */
  level: number | null;
  /** Selection schemes: the highest level rating rules allow (null = no cap). */
  cap: number | null;
  /**
   * Selection schemes: the failed gates at that cap, reported by the selection only for a
   * branch it would have selected (the gate changed nothing for the others).
   */
  selectionGates: Reason[] | null;
  reasons: Reason[];
  missing: MissingItem[];
  vetoes: { item: string; raisedBy: number; resolved: string | null }[];
  evaluators: number;
  /** Values of the rubric's tie-breakers, in order (higher wins). */
  tieKeys: number[];
}

interface ItemFacts {
  /**
   * Combined value per item (hundredths × SCALE); NaN where nobody entered it. Valid only until
   * the next branch is combined: see `combinedScratch`.
   */
  combined: Float64Array;
  /** Gate items: whether the gate is met (combined fact reaches its bar). */
  gateMet: ReadonlyMap<number, { met: boolean; value: number | null }>;
  missing: MissingItem[];
  vetoes: { index: number; raisedBy: number }[];
}

const scratch: number[] = [];

/**
 * The combined values of the branch being evaluated. One buffer serves every branch (evaluation
 * is synchronous, and nothing keeps the combined values once the dimensions are summed): a
 * province's ranking would otherwise allocate 46,000 buffers for the garbage collector.
 */
let combinedScratch = new Float64Array(0);

/** Shared and never written: a branch of a rubric without gate items. */
const NO_GATE_FACTS: ReadonlyMap<number, { met: boolean; value: number | null }> = new Map();

/** Shared and never written: most branches fail no gate. */
const NO_GATES: Extract<Reason, { kind: 'gate-cap' }>[] = [];

/** Combines every item across the counted sheets and notes missing entries and raised vetoes. */
function combineItems(rubric: CompiledRubric, input: BranchInput): ItemFacts {
  const { items, itemRequired } = rubric;
  const { method, trimMinEvaluators } = rubric.definition.combine;
  if (combinedScratch.length < items.length) combinedScratch = new Float64Array(items.length);
  const combined = combinedScratch.fill(Number.NaN, 0, items.length);
  // Made for the first gate item: most rubrics have none, and this runs 46,000 times.
  let gateMet: Map<number, { met: boolean; value: number | null }> | null = null;
  const missing: MissingItem[] = [];
  const vetoes: { index: number; raisedBy: number }[] = [];
  const sheets = input.sheets;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    const isFact = item.type === 'veto' || item.type === 'gate';
    let count = 0;
    let raised = 0;
    let absent = 0;
    for (const sheet of sheets) {
      let value = isFact ? sheet.facts[i]! : sheet.points[i]!;
      if (value === MISSING) {
        absent += 1;
        // A bonus an evaluator did not enter is a bonus that evaluator did not give: 0, so
        // one generous evaluator is averaged with the others rather than counted alone.
        if (item.type !== 'bonus') continue;
        value = 0;
      }
      scratch[count] = value;
      count += 1;
      if (value === 1) raised += 1;
    }
    if (absent > 0 && itemRequired[i] === 1) missing.push({ item: item.code, sheets: absent });
    if (item.type === 'veto') {
      // A veto is a fact, not an opinion: one evaluator raising it is enough.
      if (raised > 0) vetoes.push({ index: i, raisedBy: raised });
      continue;
    }
    if (count === 0 || (item.type === 'bonus' && absent === sheets.length)) continue;
    const value = combineValues(scratch, count, method, trimMinEvaluators);
    if (item.type === 'gate') {
      const min = item.gate?.min;
      // Yes/no gates are met when the combined answer is at least half "met".
      const met = min === undefined ? value >= SCALE / 2 : value >= min * SCALE;
      (gateMet ??= new Map()).set(i, { met, value: min === undefined ? null : value / SCALE });
    } else {
      combined[i] = value;
    }
  }
  return { combined, gateMet: gateMet ?? NO_GATE_FACTS, missing, vetoes };
}

/** Dimension scores (hundredths × SCALE) with bonus caps applied; also the total. */
function sumDimensions(
  rubric: CompiledRubric,
  combined: Float64Array,
  reasons: Reason[],
): { dims: number[]; total: number } {
  const def = rubric.definition;
  const base = new Array<number>(def.dimensions.length).fill(0);
  const bonus = new Array<number>(def.dimensions.length).fill(0);
  const { items, itemDimension } = rubric;
  for (let i = 0; i < items.length; i += 1) {
    const value = combined[i]!;
    if (Number.isNaN(value)) continue;
    const item = items[i]!;
    const d = itemDimension[i]!;
    if (item.type === 'bonus') bonus[d] = bonus[d]! + Math.min(value, item.max * SCALE);
    else base[d] = base[d]! + value;
  }
  let bonusTotal = 0;
  const dims = def.dimensions.map((dimension, d) => {
    let dimBonus = bonus[d]!;
    if (dimension.bonusCap !== undefined && dimBonus > dimension.bonusCap * SCALE) {
      reasons.push({
        kind: 'bonus-capped',
        raw: roundMicro(dimBonus, 1),
        cap: dimension.bonusCap,
        dimension: dimension.code,
      });
      dimBonus = dimension.bonusCap * SCALE;
    }
    bonusTotal += dimBonus;
    return base[d]! + dimBonus;
  });
  let total = dims.reduce((a, b) => a + b, 0);
  if (def.bonusCap !== undefined && bonusTotal > def.bonusCap * SCALE) {
    reasons.push({
      kind: 'bonus-capped',
      raw: roundMicro(bonusTotal, 1),
      cap: def.bonusCap,
      dimension: null,
    });
    total -= bonusTotal - def.bonusCap * SCALE;
  }
  return { dims, total };
}

/** Weighted schemes: Σ parts of (Σ add − Σ subtract, not below 0) × weight%. */
function weightedTotal(def: RubricDefinition, dims: number[], reasons: Reason[]): number {
  if (def.scheme.kind !== 'weighted') return 0;
  const byCode = new Map(def.dimensions.map((d, i) => [d.code, dims[i]!]));
  let total = 0;
  def.scheme.parts.forEach((part, index) => {
    const add = part.add.reduce((s, code) => s + (byCode.get(code) ?? 0), 0);
    const subtract = part.subtract.reduce((s, code) => s + (byCode.get(code) ?? 0), 0);
    const value = (Math.max(0, add - subtract) * part.weight) / 100;
    reasons.push({
      kind: 'weighted-part',
      index,
      value: roundMicro(value, 1),
      weight: part.weight,
    });
    total += value;
  });
  return total;
}

/**
 * Applies rating-scope vetoes and level gates to a level. Raised vetoes are always reported
 * (they are facts the committee must see); a failed gate only where it lowered the result: the
 * level the scores gave is above its cap and no lower cap applies. Under a selection scheme the
 * level is only known after ranking, so the binding gates are handed back for it to report.
 */
function applyRatingRules(
  rubric: CompiledRubric,
  facts: ItemFacts,
  resolved: ReadonlyMap<string, string> | undefined,
  level: number,
  reasons: Reason[],
): { level: number; vetoed: boolean; selectionGates: Reason[] | null } {
  let cap = Number.MAX_SAFE_INTEGER;
  let vetoed = false;
  // Most branches raise no veto and fail no gate: nothing is allocated for them.
  let vetoReasons: Reason[] | null = null;
  for (const { index } of facts.vetoes) {
    const item = rubric.items[index]!;
    const rule = item.veto;
    if (!rule || rule.scope !== 'rating' || resolved?.has(item.code)) continue;
    if (rule.effect === 'no-rating') {
      (vetoReasons ??= []).push({ kind: 'veto-no-rating', item: item.code });
      vetoed = true;
    } else {
      (vetoReasons ??= []).push({ kind: 'veto-cap', item: item.code, capLevel: rule.capLevel });
      cap = Math.min(cap, rule.capLevel);
    }
  }
  let gateCaps: Extract<Reason, { kind: 'gate-cap' }>[] | null = null;
  for (const [i, gate] of facts.gateMet) {
    const item = rubric.items[i]!;
    if (item.gate?.effect !== 'cap-level' || gate.met) continue;
    const capLevel = item.gate.level - 1;
    (gateCaps ??= []).push({
      kind: 'gate-cap',
      item: item.code,
      value: gate.value,
      min: item.gate.min ?? null,
      capLevel,
    });
    cap = Math.min(cap, capLevel);
  }
  // Only the gates at the lowest cap decide; none matters for a branch not rated at all.
  const binding = gateCaps && !vetoed ? gateCaps.filter((g) => g.capLevel === cap) : NO_GATES;
  const selection = rubric.definition.scheme.kind === 'selection';
  if (!selection) for (const g of binding) if (g.capLevel < level) reasons.push(g);
  if (vetoReasons) reasons.push(...vetoReasons);
  return {
    level: Math.min(level, cap),
    vetoed,
    selectionGates: selection && binding.length > 0 ? binding : null,
  };
}

type Outcome = Pick<
  BranchEvaluation,
  'status' | 'total' | 'stars' | 'level' | 'cap' | 'selectionGates' | 'reasons' | 'missing'
>;

/**
 * Every evaluation is built here, with its properties always in the same order: ranking reads
 * them 46,000 times per re-rank, and one object shape keeps those reads fast.
 */
function makeEvaluation(
  index: number,
  input: BranchInput,
  dimensions: DimensionResult[],
  vetoes: BranchEvaluation['vetoes'],
  tieKeys: number[],
  outcome: Outcome,
): BranchEvaluation {
  return {
    index,
    // Written out, not spread, so every kept input has one shape too.
    input: {
      branchId: input.branchId,
      townshipId: input.townshipId,
      pendingSheets: input.pendingSheets,
      pendingBy: input.pendingBy,
      ignoredSheets: input.ignoredSheets,
      resolvedVetoes: input.resolvedVetoes,
      otherRoundTotals: input.otherRoundTotals,
      previousLevel: input.previousLevel,
    },
    status: outcome.status,
    total: outcome.total,
    dimensions,
    stars: outcome.stars,
    level: outcome.level,
    cap: outcome.cap,
    selectionGates: outcome.selectionGates,
    reasons: outcome.reasons,
    missing: outcome.missing,
    vetoes,
    evaluators: input.sheets.length,
    tieKeys,
  };
}

/**
 * Per-star: the stars awarded at `level` (null = not rated: none) out of those the scores
 * reached, marked on the dimensions; the reached ones not awarded are named in a reason.
 */
function settleStars(
  def: RubricDefinition,
  dimensions: DimensionResult[],
  reached: boolean[],
  level: number | null,
  reasons: Reason[],
): string[] {
  let count = 0;
  for (const ok of reached) if (ok) count += 1;
  const awarded =
    level === null
      ? reached.map(() => false)
      : level < count
        ? awardStars(def, dimensions, reached, level)
        : reached;
  const stars: string[] = [];
  const withheld: string[] = [];
  def.dimensions.forEach((d, i) => {
    dimensions[i]!.earned = awarded[i]!;
    if (awarded[i]) stars.push(d.code);
    else if (reached[i]) withheld.push(d.code);
  });
  if (withheld.length > 0) reasons.push({ kind: 'stars-not-awarded', stars: withheld, level });
  return stars;
}

/** Evaluates one branch: combined scores, dimension totals, stars or band, vetoes and gates. */
export function evaluateBranch(
  rubric: CompiledRubric,
  input: BranchInput,
  index: number,
): BranchEvaluation {
  const def = rubric.definition;
  // Sheets filed in a round of the wrong kind are never combined, but always said.
  const ignored: Reason[] = input.ignoredSheets
    ? [{ kind: 'sheets-ignored', count: input.ignoredSheets.count, who: input.ignoredSheets.who }]
    : [];
  if (input.sheets.length === 0 && (input.pendingSheets ?? 0) === 0) {
    return makeEvaluation(index, input, [], [], [], {
      status: 'unscored',
      total: null,
      stars: [],
      level: null,
      cap: null,
      selectionGates: null,
      reasons: [{ kind: 'unscored' }, ...ignored],
      missing: [],
    });
  }
  const facts = combineItems(rubric, input);
  const resolved = input.resolvedVetoes;
  const vetoes = facts.vetoes.map(({ index: i, raisedBy }) => {
    const code = rubric.items[i]!.code;
    return { item: code, raisedBy, resolved: resolved?.get(code) ?? null };
  });
  // Built by hand: most branches have no ignored sheet and no veto, and this runs 46,000 times.
  const reasons: Reason[] = ignored;
  for (const v of vetoes)
    if (v.resolved !== null)
      reasons.push({ kind: 'veto-resolved', item: v.item, reason: v.resolved });
  const pending = input.pendingSheets ?? 0;
  if (facts.missing.length > 0 || pending > 0) {
    // No score of an incomplete branch is a result: its stars and total stay blank (never a
    // sum of what happens to be entered, which would read as zeros), with the reason why.
    if (facts.missing.length > 0)
      reasons.push({ kind: 'incomplete', missing: facts.missing.length });
    if (pending > 0)
      reasons.push({
        kind: 'sheets-pending',
        count: pending,
        ...(input.pendingBy ? { by: input.pendingBy } : {}),
      });
    return makeEvaluation(index, input, [], vetoes, [], {
      status: 'incomplete',
      total: null,
      stars: [],
      level: null,
      cap: null,
      selectionGates: null,
      reasons,
      missing: facts.missing,
    });
  }

  const { dims, total: rawTotal } = sumDimensions(rubric, facts.combined, reasons);
  const unit = rubric.roundingUnit;
  const dimensionScores = dims.map((micro) => roundMicro(micro, unit));
  const totalMicro = def.scheme.kind === 'weighted' ? weightedTotal(def, dims, reasons) : rawTotal;
  const dimensions: DimensionResult[] = def.dimensions.map((d, i) => ({
    code: d.code,
    score: dimensionScores[i]!,
    max: d.max,
    passLine: d.passLine ?? null,
    earned: null,
  }));
  const tieKeys = def.tieBreakers.map((tb) => {
    if (tb.kind === 'dimension') {
      const at = def.dimensions.findIndex((d) => d.code === tb.code);
      return at >= 0 ? dimensionScores[at]! : -Infinity;
    }
    return input.otherRoundTotals?.[tb.roundKind] ?? -Infinity;
  });
  const make = (outcome: Outcome): BranchEvaluation =>
    makeEvaluation(index, input, dimensions, vetoes, tieKeys, outcome);

  const total = roundMicro(totalMicro, unit);
  let level: number | null = null;
  let reached: boolean[] | null = null;
  if (def.scheme.kind === 'per-star') {
    const perStar = perStarLevel(
      rubric,
      dimensionScores,
      facts.vetoes,
      facts.gateMet,
      resolved,
      reasons,
    );
    reached = perStar.earned;
    level = perStar.level;
  } else if (def.scheme.kind === 'bands' || def.scheme.kind === 'weighted') {
    level = levelFromBands(def.scheme.bands, total, reasons);
  }
  // Selection levels are decided by rank; rating rules still cap or veto them.
  const rules = applyRatingRules(
    rubric,
    facts,
    resolved,
    level ?? Number.MAX_SAFE_INTEGER,
    reasons,
  );
  const capped = rules.level === Number.MAX_SAFE_INTEGER ? null : rules.level;
  const stars = reached
    ? settleStars(def, dimensions, reached, rules.vetoed ? null : capped, reasons)
    : [];
  if (rules.vetoed) {
    return make({
      status: 'vetoed',
      total,
      stars,
      level: null,
      cap: null,
      selectionGates: null,
      reasons,
      missing: [],
    });
  }
  const selection = def.scheme.kind === 'selection';
  return make({
    status: 'rated',
    total,
    stars,
    level: selection ? null : capped,
    cap: selection ? capped : null,
    selectionGates: rules.selectionGates,
    reasons,
    missing: [],
  });
}
