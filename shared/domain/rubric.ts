import { z } from 'zod';

/**
 * The rubric definition stored with each rubric version: a tree of dimensions → indicators →
 * items, plus the rating scheme. Every rule of the domain guide is data here, never code
 * special-cased for one province. Points are integer hundredths (10 points = 1000).
 *
 * Maxima are declared at every level (as printed in the published 评分细则) and checked to add
 * up, rather than derived, so a rubric whose numbers disagree is caught instead of "fixed".
 */
export const ITEM_TYPES = [
  'points',
  'deduction',
  'choice',
  'check',
  'bonus',
  'veto',
  'gate',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);
const label = z.string().trim().min(1).max(300);
const centi = z.number().int().min(0).max(1_000_000);
const level = z.number().int().min(0).max(10);

export const vetoRuleSchema = z.discriminatedUnion('effect', [
  /** The star (dimension) holding the item is not earned. */
  z.strictObject({ scope: z.literal('star'), effect: z.literal('cancel-star') }),
  /** The whole rating is capped at `capLevel`. */
  z.strictObject({ scope: z.literal('rating'), effect: z.literal('cap-level'), capLevel: level }),
  /** No rating at all: the branch is listed as vetoed and not ranked among the rated. */
  z.strictObject({ scope: z.literal('rating'), effect: z.literal('no-rating') }),
]);

/**
 * A condition on a level rather than points (e.g. satisfaction ≥ 90%, an innovation project
 * recorded). With `min`, the recorded value (hundredths, so 90% = 9000) must reach it; without,
 * the fact must be recorded as met. Failing it cancels the item's star or caps the level below
 * `level`.
 */
export const gateRuleSchema = z.discriminatedUnion('effect', [
  z.strictObject({ effect: z.literal('cancel-star'), min: centi.optional() }),
  z.strictObject({ effect: z.literal('cap-level'), level: level.min(1), min: centi.optional() }),
]);

export const choiceOptionSchema = z.strictObject({
  key: code,
  label,
  labelEn: label.optional(),
  points: centi,
});

export const rubricItemSchema = z.strictObject({
  code,
  name: label,
  nameEn: label.optional(),
  type: z.enum(ITEM_TYPES),
  /** Maximum points; for a bonus item its own cap; 0 for veto and gate items. */
  max: centi,
  /** Input step for `points` and `bonus` items (50 = half points). */
  step: centi.min(1).optional(),
  /** Points lost per finding for `deduction` items. */
  perFinding: centi.min(1).optional(),
  options: z.array(choiceOptionSchema).min(2).max(20).optional(),
  veto: vetoRuleSchema.optional(),
  gate: gateRuleSchema.optional(),
  guidance: z.string().max(2000).optional(),
});

export const rubricIndicatorSchema = z.strictObject({
  code,
  name: label,
  nameEn: label.optional(),
  max: centi,
  items: z.array(rubricItemSchema).min(1).max(200),
});

export const rubricDimensionSchema = z.strictObject({
  code,
  name: label,
  nameEn: label.optional(),
  max: centi,
  /** Per-star: the score this star must reach. */
  passLine: centi.optional(),
  /** Cap for all bonus items of this dimension together. */
  bonusCap: centi.optional(),
  indicators: z.array(rubricIndicatorSchema).min(1).max(100),
});

export const levelNameSchema = z.strictObject({ level, name: label, nameEn: label.optional() });

/** A band of the total: `min` or more gives `level` (the highest band that fits wins). */
export const bandSchema = z.strictObject({ level, min: centi });

/** Part of a weighted total: (Σ add − Σ subtract) × weight%. */
export const weightedPartSchema = z.strictObject({
  add: z.array(code).min(1),
  subtract: z.array(code).default([]),
  /** Percent, e.g. 70 for 70%. */
  weight: z.number().int().min(1).max(100),
});

const countOrShare = z.union([
  z.strictObject({ count: z.number().int().min(0).max(100_000) }),
  /** Percent of the branches rated in the scope, e.g. 10 for 10%. */
  z.strictObject({ share: z.number().min(0).max(100) }),
]);

/**
 * A ceiling (`max`) or floor (`min`) on how many branches may hold `level`, over the whole
 * campaign or within each township. Ceilings demote by rank to the next level (checked again
 * there); a floor moves the lowest ranked down to `level`.
 */
export const quotaSchema = z.strictObject({
  level,
  max: countOrShare.optional(),
  min: countOrShare.optional(),
  scope: z.enum(['campaign', 'township']).default('campaign'),
  /** Branches tied on the border: all stay (the cap is exceeded) or all fall. */
  ties: z.enum(['keep-all', 'demote-all']).default('demote-all'),
});

/** Tie-breakers after level and total, in order. */
export const tieBreakerSchema = z.discriminatedUnion('kind', [
  /** A dimension's score, e.g. the strong-branch star. */
  z.strictObject({ kind: z.literal('dimension'), code }),
  /** The branch's total in another round of the same campaign, e.g. the self-assessment. */
  z.strictObject({
    kind: z.literal('round-total'),
    roundKind: z.enum(['self', 'township', 'county', 'other']),
  }),
]);

/**
 * A selection's branches tied on the total across its last place: all selected (`keep-all`,
 * the list grows and the committee sees the tie), none selected (`drop-all`), or the rubric's
 * tie-breakers decide (`tie-breakers`; branches still tied after all of them are all kept).
 */
export const selectionTiesSchema = z.enum(['keep-all', 'drop-all', 'tie-breakers']);

/**
 * Who keeps a place when a quota is full: by the level a branch qualified for before quotas,
 * then the total (`level-first`: a branch pushed down from a higher level stays ahead), or by
 * the total alone (`total-first`: a higher total stays ahead whatever it qualified for).
 */
export const quotaOrderSchema = z.enum(['level-first', 'total-first']);

export const combineSchema = z.strictObject({
  method: z.enum(['mean', 'trimmed-mean', 'median']).default('mean'),
  /** Trimmed mean drops one highest and one lowest only when at least this many scored. */
  trimMinEvaluators: z.number().int().min(3).max(50).default(5),
});

export const schemeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('per-star'),
    /** A capstone star counts only when all others are earned; a prerequisite gates all others. */
    starRelation: z
      .strictObject({ star: code, relation: z.enum(['capstone', 'prerequisite']) })
      .optional(),
  }),
  z.strictObject({ kind: z.literal('bands'), bands: z.array(bandSchema).min(1).max(11) }),
  z.strictObject({
    kind: z.literal('weighted'),
    parts: z.array(weightedPartSchema).min(1).max(10),
    bands: z.array(bandSchema).min(1).max(11),
  }),
  /** Award selection: the top `top` by total (overall or per township) get level 1. */
  z.strictObject({
    kind: z.literal('selection'),
    top: z.number().int().min(1).max(100_000),
    scope: z.enum(['campaign', 'township']).default('campaign'),
    /** Optional minimum total to be selectable at all. */
    min: centi.optional(),
    /** Branches tied on the total across the last place (see `selectionTiesSchema`). */
    ties: selectionTiesSchema.default('keep-all'),
  }),
]);

export const rubricDefinitionSchema = z.strictObject({
  scheme: schemeSchema,
  max: centi,
  /** Cap for all bonus items of the rubric together. */
  bonusCap: centi.optional(),
  /** Decimals shown and rounded to at the end (half away from zero); 2 = hundredths. */
  precision: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(2),
  combine: combineSchema.default({ method: 'mean', trimMinEvaluators: 5 }),
  quotas: z.array(quotaSchema).max(20).default([]),
  quotaOrder: quotaOrderSchema.default('level-first'),
  tieBreakers: z.array(tieBreakerSchema).max(5).default([]),
  /** Display names of levels (五星 …, 后进); per-star defaults to "N stars". */
  levels: z.array(levelNameSchema).max(11).default([]),
  dimensions: z.array(rubricDimensionSchema).min(1).max(50),
});

export type VetoRule = z.infer<typeof vetoRuleSchema>;
export type GateRule = z.infer<typeof gateRuleSchema>;
export type RubricItem = z.infer<typeof rubricItemSchema>;
export type RubricIndicator = z.infer<typeof rubricIndicatorSchema>;
export type RubricDimension = z.infer<typeof rubricDimensionSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type TieBreaker = z.infer<typeof tieBreakerSchema>;
export type Scheme = z.infer<typeof schemeSchema>;
export type SelectionTies = z.infer<typeof selectionTiesSchema>;
export type QuotaOrder = z.infer<typeof quotaOrderSchema>;
/** A parsed definition: defaults applied. */
export type RubricDefinition = z.output<typeof rubricDefinitionSchema>;
/** What a file or the editor may hand in: defaults may be left out. */
export type RubricDefinitionInput = z.input<typeof rubricDefinitionSchema>;

/** A place in the tree whose declared maximum disagrees with the sum of its children. */
export interface MaximumMismatch {
  code: string;
  declared: number;
  sum: number;
}

/** Bonus items add on top of a level's maximum and vetoes and gates carry no points. */
export function countsTowardMaximum(item: RubricItem): boolean {
  return item.type !== 'bonus' && item.type !== 'veto' && item.type !== 'gate';
}

/** Lists every level whose declared maximum is not the sum of its children's declared maxima. */
export function findMaximumMismatches(def: RubricDefinitionInput): MaximumMismatch[] {
  const problems: MaximumMismatch[] = [];
  let total = 0;
  for (const dim of def.dimensions) {
    let dimSum = 0;
    for (const ind of dim.indicators) {
      const indSum = ind.items.reduce(
        (sum, item) => sum + (countsTowardMaximum(item) ? item.max : 0),
        0,
      );
      if (indSum !== ind.max) problems.push({ code: ind.code, declared: ind.max, sum: indSum });
      dimSum += ind.max;
    }
    if (dimSum !== dim.max) problems.push({ code: dim.code, declared: dim.max, sum: dimSum });
    total += dim.max;
  }
  if (total !== def.max) problems.push({ code: '(rubric)', declared: def.max, sum: total });
  return problems;
}

/** Every scoring item in tree order. */
export function listItems(def: RubricDefinitionInput): RubricItem[] {
  return def.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items));
}
