import { z } from 'zod';

/**
 * The rubric definition as stored with each rubric version. Maxima are declared at every level
 * (as printed in the published 评分细则) and checked to add up, rather than derived, so a
 * rubric whose numbers disagree is caught instead of silently "fixed".
 */
export const ITEM_TYPES = ['points', 'deduction', 'choice', 'check', 'bonus', 'veto'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);
const label = z.string().trim().min(1).max(300);
const centi = z.number().int().min(0).max(100_000);

export const rubricItemSchema = z.strictObject({
  code,
  name: label,
  nameEn: label.optional(),
  type: z.enum(ITEM_TYPES),
  /** Maximum points in hundredths; 0 for a veto, which carries no points. */
  max: centi,
  /** Input step in hundredths for `points` items (50 = half points). */
  step: centi.optional(),
  /** Points lost per finding for `deduction` items. */
  perFinding: centi.optional(),
  options: z
    .array(z.strictObject({ key: code, label, labelEn: label.optional(), points: centi }))
    .max(20)
    .optional(),
  /** What triggering a veto does; only for `veto` items. */
  veto: z
    .strictObject({
      scope: z.enum(['star', 'rating']),
      effect: z.enum(['cancel-star', 'cap-level', 'no-rating']),
    })
    .optional(),
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
  /** For per-star rubrics: the score (hundredths) this star must reach. */
  passLine: centi.optional(),
  indicators: z.array(rubricIndicatorSchema).min(1).max(100),
});

export const rubricDefinitionSchema = z.strictObject({
  scheme: z.strictObject({
    kind: z.enum(['per-star', 'bands', 'weighted', 'selection']),
    /** Per-star: a star that depends on the others (capstone) or gates them (prerequisite). */
    starRelation: z
      .strictObject({ star: code, relation: z.enum(['capstone', 'prerequisite']) })
      .optional(),
  }),
  max: centi,
  dimensions: z.array(rubricDimensionSchema).min(1).max(50),
});

export type RubricItem = z.infer<typeof rubricItemSchema>;
export type RubricIndicator = z.infer<typeof rubricIndicatorSchema>;
export type RubricDimension = z.infer<typeof rubricDimensionSchema>;
export type RubricDefinition = z.infer<typeof rubricDefinitionSchema>;

/** A place in the tree whose declared maximum disagrees with the sum of its children. */
export interface MaximumMismatch {
  code: string;
  declared: number;
  sum: number;
}

/**
 * Lists every level whose declared maximum is not the sum of its children. Bonus items add on
 * top of a level's maximum and vetoes carry no points, so neither counts toward the sum.
 */
export function findMaximumMismatches(def: RubricDefinition): MaximumMismatch[] {
  const problems: MaximumMismatch[] = [];
  const counted = (item: RubricItem): number =>
    item.type === 'bonus' || item.type === 'veto' ? 0 : item.max;
  let total = 0;
  for (const dim of def.dimensions) {
    let dimSum = 0;
    for (const ind of dim.indicators) {
      const indSum = ind.items.reduce((sum, item) => sum + counted(item), 0);
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
export function listItems(def: RubricDefinition): RubricItem[] {
  return def.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items));
}
