/**
 * fast-check generators for the property tests: random rubrics (per-star and banded, with
 * bonus, veto and gate items and quotas) and random sheets for them, in the reference
 * implementation's shape and the engine's.
 */
import fc from 'fast-check';
import type {
  RubricDefinition,
  RubricDefinitionInput,
  RubricItem,
  TieBreaker,
} from '../../../shared/domain/rubric';
import { listItems, rubricDefinitionSchema } from '../../../shared/domain/rubric';
import type { BranchInput } from '../../../shared/scoring/index';
import { compileRubric, sheetFromEntries } from '../../../shared/scoring/index';
import type { RefBranch, RefSheet, RoundKind } from './reference';

export const ROUND_KINDS: RoundKind[] = ['self', 'township', 'county', 'other'];

// ---------------------------------------------------------------------------------------------
// Random rubrics, described as shapes and then built into definitions with tidy codes.

export type ItemShape =
  | { kind: 'score'; type: 'points' | 'deduction' | 'choice' | 'check'; units: number }
  | { kind: 'bonus'; units: number }
  | { kind: 'veto'; effect: 'cancel-star' | 'cap-level' | 'no-rating'; capLevel: number }
  | { kind: 'gate'; effect: 'cancel-star' | 'cap-level'; level: number; min: number | null };

export const itemShape: fc.Arbitrary<ItemShape> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('score' as const),
      type: fc.constantFrom(
        'points' as const,
        'deduction' as const,
        'choice' as const,
        'check' as const,
      ),
      units: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bonus' as const),
      units: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('veto' as const),
      effect: fc.constantFrom('cancel-star' as const, 'cap-level' as const, 'no-rating' as const),
      capLevel: fc.integer({ min: 0, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('gate' as const),
      effect: fc.constantFrom('cancel-star' as const, 'cap-level' as const),
      level: fc.integer({ min: 1, max: 5 }),
      min: fc.option(fc.constantFrom(5000, 8500, 9000)),
    }),
  },
);

export const dimensionShape = fc.record({
  indicators: fc.array(fc.array(itemShape, { minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 2,
  }),
  passPercent: fc.integer({ min: 0, max: 100 }),
  bonusCapExtra: fc.option(fc.integer({ min: 0, max: 4 })),
});

export const quotaShape = fc.record({
  level: fc.integer({ min: 1, max: 5 }),
  limit: fc.oneof(
    fc.record({ count: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ share: fc.constantFrom(0, 10, 20, 25, 30, 40, 50, 100) }),
  ),
  scope: fc.constantFrom('campaign' as const, 'township' as const),
  ties: fc.constantFrom('keep-all' as const, 'demote-all' as const),
});

export const rubricShape = fc.record({
  scheme: fc.constantFrom('per-star' as const, 'bands' as const, 'selection' as const),
  selection: fc.record({
    top: fc.integer({ min: 1, max: 4 }),
    scope: fc.constantFrom('campaign' as const, 'township' as const),
    minPercent: fc.option(fc.integer({ min: 0, max: 80 })),
    ties: fc.constantFrom('keep-all' as const, 'drop-all' as const, 'tie-breakers' as const),
  }),
  quotaOrder: fc.constantFrom('level-first' as const, 'total-first' as const),
  dims: fc.array(dimensionShape, { minLength: 1, maxLength: 5 }),
  relation: fc.option(
    fc.record({
      star: fc.nat(4),
      relation: fc.constantFrom('capstone' as const, 'prerequisite' as const),
    }),
  ),
  bandPercents: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }),
  bandLevels: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
  rubricBonusExtra: fc.option(fc.integer({ min: 0, max: 6 })),
  precision: fc.constantFrom(0 as const, 1 as const, 2 as const),
  method: fc.constantFrom('mean' as const, 'trimmed-mean' as const, 'median' as const),
  trimMin: fc.integer({ min: 3, max: 6 }),
  quotas: fc.array(quotaShape, { maxLength: 3 }),
  floor: fc.option(
    fc.record({
      limit: fc.oneof(
        fc.record({ count: fc.integer({ min: 0, max: 4 }) }),
        fc.record({ share: fc.constantFrom(10, 20, 25, 50) }),
      ),
      scope: fc.constantFrom('campaign' as const, 'township' as const),
      ties: fc.constantFrom('keep-all' as const, 'demote-all' as const),
    }),
  ),
  tieBreakers: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('dimension' as const), index: fc.nat(4) }),
      fc.record({
        kind: fc.constant('round-total' as const),
        roundKind: fc.constantFrom(...ROUND_KINDS),
      }),
    ),
    { maxLength: 2 },
  ),
});
export type RubricShape = typeof rubricShape extends fc.Arbitrary<infer T> ? T : never;

export function buildItem(
  shape: ItemShape,
  code: string,
  starless: boolean,
  lowest: number,
): RubricItem {
  const base = { code, name: `项目${code}`, nameEn: `Item ${code}` };
  switch (shape.kind) {
    case 'score': {
      const max = shape.units * 50;
      if (shape.type === 'deduction') return { ...base, type: 'deduction', max, perFinding: 50 };
      if (shape.type === 'choice') {
        const mid = Math.floor(max / 100) * 50;
        const points = [...new Set([max, mid, 0])];
        return {
          ...base,
          type: 'choice',
          max,
          options: points.map((p) => ({ key: `o${p}`, label: `${p}`, points: p })),
        };
      }
      return { ...base, type: shape.type, max, ...(shape.type === 'points' ? { step: 50 } : {}) };
    }
    case 'bonus':
      return { ...base, type: 'bonus', max: shape.units * 50, step: 50 };
    case 'veto': {
      // A scheme without stars has none to cancel: such a veto caps the level instead.
      const effect = starless && shape.effect === 'cancel-star' ? 'cap-level' : shape.effect;
      const veto =
        effect === 'cancel-star'
          ? ({ scope: 'star', effect } as const)
          : effect === 'no-rating'
            ? ({ scope: 'rating', effect } as const)
            : ({ scope: 'rating', effect, capLevel: Math.max(shape.capLevel, lowest) } as const);
      return { ...base, type: 'veto', max: 0, veto };
    }
    case 'gate': {
      const min = shape.min === null ? {} : { min: shape.min };
      const gate =
        starless || shape.effect === 'cap-level'
          ? { effect: 'cap-level' as const, level: Math.max(shape.level, lowest + 1), ...min }
          : { effect: 'cancel-star' as const, ...min };
      return { ...base, type: 'gate', max: 0, gate };
    }
  }
}

export function buildRubric(shape: RubricShape): RubricDefinition {
  const bands = shape.scheme === 'bands';
  const selection = shape.scheme === 'selection';
  // Without stars, a star veto or gate has nothing to cancel: it caps the level instead.
  const starless = shape.scheme !== 'per-star';
  const pointsOf = (s: ItemShape): number => (s.kind === 'score' ? s.units * 50 : 0);
  const max = shape.dims.reduce(
    (sum, d) => sum + d.indicators.flat().reduce((s, i) => s + pointsOf(i), 0),
    0,
  );
  // Bands: distinct minima (as shares of the maximum) given ascending levels.
  const mins = [...new Set(shape.bandPercents.map((p) => Math.floor((p * max) / 5000) * 50))].sort(
    (a, b) => a - b,
  );
  const levels = [...shape.bandLevels].slice(0, mins.length).sort((a, b) => a - b);
  const bandList = mins.map((min, i) => ({ level: levels[i]!, min })).reverse();
  // A floor only where nothing can sit below its level, so "at that level" is unambiguous.
  const lowestBand = bandList[bandList.length - 1]!;
  const floorLevel = bands && shape.floor && lowestBand.min === 0 ? lowestBand.level : null;
  const lowest = floorLevel ?? 0;

  const dimensions = shape.dims.map((d, di) => {
    const dimCode = `D${di + 1}`;
    const indicators = d.indicators.map((items, ii) => {
      const built = items.map((s, k) =>
        buildItem(s, `${dimCode}.${ii + 1}.${k + 1}`, starless, lowest),
      );
      const indMax = built.reduce(
        (s, i) => s + (['bonus', 'veto', 'gate'].includes(i.type) ? 0 : i.max),
        0,
      );
      return {
        code: `${dimCode}.${ii + 1}`,
        name: `指标${dimCode}.${ii + 1}`,
        max: indMax,
        items: built,
      };
    });
    const dimMax = indicators.reduce((s, i) => s + i.max, 0);
    const bonusMaxima = indicators
      .flatMap((i) => i.items)
      .filter((i) => i.type === 'bonus')
      .map((i) => i.max);
    return {
      code: dimCode,
      name: `维度${dimCode}`,
      max: dimMax,
      ...(starless ? {} : { passLine: Math.round((d.passPercent * dimMax) / 5000) * 50 }),
      ...(bonusMaxima.length > 0 && d.bonusCapExtra !== null
        ? { bonusCap: Math.max(...bonusMaxima) + d.bonusCapExtra * 50 }
        : {}),
      indicators,
    };
  });
  const allBonus = dimensions
    .flatMap((d) => d.indicators.flatMap((i) => i.items))
    .filter((i) => i.type === 'bonus');

  const quotas: RubricDefinitionInput['quotas'] = [];
  const used = new Set<number>();
  for (const q of shape.quotas) {
    const level = bands ? q.level : Math.min(q.level, dimensions.length);
    if (used.has(level) || level === floorLevel) continue;
    used.add(level);
    quotas.push({ level, max: q.limit, scope: q.scope, ties: q.ties });
  }
  if (floorLevel !== null && shape.floor)
    quotas.push({
      level: floorLevel,
      min: shape.floor.limit,
      scope: shape.floor.scope,
      ties: shape.floor.ties,
    });

  const tieBreakers: TieBreaker[] = shape.tieBreakers.map((t) =>
    t.kind === 'dimension'
      ? { kind: 'dimension', code: `D${(t.index % dimensions.length) + 1}` }
      : { kind: 'round-total', roundKind: t.roundKind },
  );
  const pick = shape.selection;
  const input: RubricDefinitionInput = {
    scheme: selection
      ? {
          kind: 'selection',
          top: pick.top,
          scope: pick.scope,
          ties: pick.ties,
          ...(pick.minPercent === null
            ? {}
            : { min: Math.floor((pick.minPercent * max) / 5000) * 50 }),
        }
      : bands
        ? { kind: 'bands', bands: bandList }
        : {
            kind: 'per-star',
            ...(shape.relation
              ? {
                  starRelation: {
                    star: `D${(shape.relation.star % dimensions.length) + 1}`,
                    relation: shape.relation.relation,
                  },
                }
              : {}),
          },
    max,
    ...(allBonus.length > 0 && shape.rubricBonusExtra !== null
      ? { bonusCap: Math.max(...allBonus.map((i) => i.max)) + shape.rubricBonusExtra * 50 }
      : {}),
    precision: shape.precision,
    combine: { method: shape.method, trimMinEvaluators: shape.trimMin },
    // A selection's places are its quota.
    quotas: selection ? [] : quotas,
    quotaOrder: shape.quotaOrder,
    tieBreakers,
    dimensions,
  };
  return rubricDefinitionSchema.parse(input);
}

// ---------------------------------------------------------------------------------------------
// Random branches. Dice (0–999) per item and sheet are turned into entries the item allows.

export interface BranchDice {
  township: string;
  sheets: number[][];
  /** All evaluators agree (copies of the first sheet): exact ties and exact pass lines. */
  agree: boolean;
  gates: number[];
  resolve: boolean[];
  previousLevel: number | undefined;
  roundTotals: number[];
}

export function branchDice(itemCount: number): fc.Arbitrary<BranchDice> {
  const sheet = fc.array(fc.integer({ min: 0, max: 999 }), {
    minLength: itemCount,
    maxLength: itemCount,
  });
  return fc.record({
    township: fc.constantFrom('T1', 'T2', 'T3'),
    sheets: fc.oneof(
      { weight: 1, arbitrary: fc.constant<number[][]>([]) },
      { weight: 12, arbitrary: fc.array(sheet, { minLength: 1, maxLength: 7 }) },
    ),
    agree: fc.boolean(),
    gates: fc.array(fc.integer({ min: 0, max: 999 }), {
      minLength: itemCount,
      maxLength: itemCount,
    }),
    resolve: fc.array(fc.boolean(), { minLength: itemCount, maxLength: itemCount }),
    previousLevel: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    roundTotals: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  });
}

export function allowedPoints(item: RubricItem): number[] {
  if (item.type === 'choice') return (item.options ?? []).map((o) => o.points);
  if (item.type === 'check') return [0, item.max];
  const out: number[] = [];
  for (let p = 0; p <= item.max; p += 50) out.push(p);
  return out;
}

export function gateValue(item: RubricItem, dice: number): number {
  const min = item.gate?.min;
  if (min === undefined) return dice % 3 === 0 ? 0 : 1;
  return [min - 100, min, min + 500, 10000][dice % 4]!;
}

/**
 * `bonusBlanks`: 'per-sheet' lets each evaluator leave a bonus blank on their own (a blank is 0);
 * 'per-branch' has all of a branch's evaluators enter it or none.
 */
export type BonusBlanks = 'per-sheet' | 'per-branch';

export function buildBranch(
  def: RubricDefinition,
  dice: BranchDice,
  index: number,
  bonusBlanks: BonusBlanks,
): RefBranch {
  const items = listItems(def);
  const rows =
    dice.agree && dice.sheets.length > 0 ? dice.sheets.map(() => dice.sheets[0]!) : dice.sheets;
  const sheets: RefSheet[] = rows.map((row) => {
    const sheet: RefSheet = {};
    items.forEach((item, i) => {
      const d = row[i]!;
      if (item.type === 'veto') {
        if (d >= 500) sheet[item.code] = { fact: d >= 880 ? 1 : 0 };
      } else if (item.type === 'gate') {
        if (d >= 10) sheet[item.code] = { fact: gateValue(item, dice.gates[i]!) };
      } else if (item.type === 'bonus') {
        const allowed = allowedPoints(item);
        const present = bonusBlanks === 'per-sheet' ? d >= 400 : rows[0]![i]! >= 400;
        if (present) sheet[item.code] = { points: allowed[d % allowed.length]! };
      } else if (d >= 6) {
        const allowed = allowedPoints(item);
        sheet[item.code] = { points: allowed[d % allowed.length]! };
      }
    });
    return sheet;
  });
  const resolved = new Map<string, string>();
  items.forEach((item, i) => {
    const raised = sheets.some((s) => s[item.code]?.fact === 1);
    if (item.type === 'veto' && raised && dice.resolve[i]) resolved.set(item.code, '已核实');
  });
  const branch: RefBranch = {
    branchId: `b${index}`,
    townshipId: dice.township,
    sheets,
    otherRoundTotals: Object.fromEntries(
      ROUND_KINDS.map((k, i) => [k, dice.roundTotals[i]! * 1000]),
    ),
  };
  if (resolved.size > 0) branch.resolvedVetoes = resolved;
  if (dice.previousLevel !== undefined) branch.previousLevel = dice.previousLevel;
  return branch;
}

export function toEngine(def: RubricDefinition, branches: RefBranch[]): BranchInput[] {
  const rubric = compileRubric(def);
  return branches.map((b) => ({
    branchId: b.branchId,
    townshipId: b.townshipId,
    sheets: b.sheets.map((s) => sheetFromEntries(rubric, s)),
    ...(b.resolvedVetoes ? { resolvedVetoes: b.resolvedVetoes } : {}),
    ...(b.otherRoundTotals ? { otherRoundTotals: b.otherRoundTotals } : {}),
    ...('previousLevel' in b ? { previousLevel: b.previousLevel } : {}),
  }));
}

export const caseArb = (bonusBlanks: BonusBlanks = 'per-sheet') =>
  rubricShape
    .map(buildRubric)
    .chain((def) =>
      fc.tuple(
        fc.constant(def),
        fc.array(branchDice(listItems(def).length), { minLength: 1, maxLength: 12 }),
      ),
    )
    .map(([def, dice]) => ({
      def,
      branches: dice.map((d, i) => buildBranch(def, d, i, bonusBlanks)),
    }));
