import type { RubricDefinitionInput, RubricItem } from '../../../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../../../shared/domain/rubric';
import type { BranchInput, CompiledRubric } from '../../../../shared/scoring';
import { compileRubric, sheetFromEntries } from '../../../../shared/scoring';

type ItemSpec = Partial<RubricItem> & { code: string };

/**
 * A tiny rubric for rule tests: each dimension is one indicator whose items are given; maxima
 * are derived so the rubric is consistent, and `extra` overrides anything else.
 */
export function rubric(
  dims: { code: string; passLine?: number; bonusCap?: number; items: ItemSpec[] }[],
  extra: Partial<RubricDefinitionInput> = {},
): CompiledRubric {
  const dimensions = dims.map((d) => {
    const items = d.items.map((i) => ({ name: i.code, type: 'points' as const, max: 1000, ...i }));
    const max = items
      .filter((i) => i.type !== 'bonus' && i.type !== 'veto' && i.type !== 'gate')
      .reduce((s, i) => s + i.max, 0);
    return {
      code: d.code,
      name: d.code,
      max,
      ...(d.passLine === undefined ? {} : { passLine: d.passLine }),
      ...(d.bonusCap === undefined ? {} : { bonusCap: d.bonusCap }),
      indicators: [{ code: `${d.code}.1`, name: d.code, max, items }],
    };
  });
  const definition = rubricDefinitionSchema.parse({
    scheme: { kind: 'per-star' },
    max: dimensions.reduce((s, d) => s + d.max, 0),
    dimensions,
    ...extra,
  });
  return compileRubric(definition);
}

/** A branch with sheets given as `{ itemCode: points }` (or `{ points, fact }`). */
export function branch(
  r: CompiledRubric,
  id: string,
  sheets: Record<string, number | { points?: number; fact?: number }>[],
  more: Partial<BranchInput> = {},
): BranchInput {
  return {
    branchId: id,
    townshipId: more.townshipId ?? 'T1',
    sheets: sheets.map((s) =>
      sheetFromEntries(
        r,
        Object.fromEntries(
          Object.entries(s).map(([code, v]) => [code, typeof v === 'number' ? { points: v } : v]),
        ),
      ),
    ),
    ...more,
  };
}
