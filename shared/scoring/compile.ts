import type { RubricDefinition, RubricItem } from '../domain/rubric';
import { listItems } from '../domain/rubric';

/**
 * A rubric turned into flat arrays once, so evaluating 46,000 branches is a few tight loops
 * instead of tree walks and string lookups per score.
 */
export interface CompiledRubric {
  definition: RubricDefinition;
  /** The stored rubric version this was compiled from, when there is one (packs name it). */
  versionId: string | null;
  items: RubricItem[];
  itemIndex: Map<string, number>;
  /** Dimension index of each item. */
  itemDimension: Int32Array;
  /** 1 when a missing entry makes the branch incomplete (all but bonus and veto items). */
  itemRequired: Uint8Array;
  /** Rounding unit in hundredths: 1 (0.01), 10 (0.1) or 100 (whole points). */
  roundingUnit: number;
}

export function compileRubric(
  definition: RubricDefinition,
  versionId: string | null = null,
): CompiledRubric {
  const items = listItems(definition);
  const itemIndex = new Map<string, number>();
  const itemDimension = new Int32Array(items.length);
  const itemRequired = new Uint8Array(items.length);
  let index = 0;
  definition.dimensions.forEach((dimension, d) => {
    for (const indicator of dimension.indicators) {
      for (const item of indicator.items) {
        itemIndex.set(item.code, index);
        itemDimension[index] = d;
        // A bonus not entered earns nothing and a veto not recorded was not raised; every
        // other item must be entered, or the branch is incomplete rather than scored as zero.
        itemRequired[index] = item.type === 'bonus' || item.type === 'veto' ? 0 : 1;
        index += 1;
      }
    }
  });
  return {
    definition,
    versionId,
    items,
    itemIndex,
    itemDimension,
    itemRequired,
    roundingUnit: 10 ** (2 - definition.precision),
  };
}
