import type {
  RubricDefinition,
  RubricDimension,
  RubricIndicator,
} from '../../../../../shared/domain/rubric';
import { countsTowardMaximum } from '../../../../../shared/domain/rubric';

/** Declared maximum of a node next to the sum of its children's declared maxima. */
export interface NodeSum {
  declared: number;
  sum: number;
}

export function indicatorSum(ind: RubricIndicator): NodeSum {
  const sum = ind.items.reduce((acc, item) => acc + (countsTowardMaximum(item) ? item.max : 0), 0);
  return { declared: ind.max, sum };
}

export function dimensionSum(dim: RubricDimension): NodeSum {
  return { declared: dim.max, sum: dim.indicators.reduce((acc, ind) => acc + ind.max, 0) };
}

export function rubricSum(def: RubricDefinition): NodeSum {
  return { declared: def.max, sum: def.dimensions.reduce((acc, dim) => acc + dim.max, 0) };
}
