import type { RubricItem } from '../../shared/domain/rubric';
import type { DemoScore } from '../../electron/services/demo/scores';
import { demoScore } from '../../electron/services/demo/scores';
import type { DatasetSpec } from './datasets';

/**
 * One evaluator's entry for one item. The demo's rules give points that obey each item type
 * (multiples of the step within the maximum, deductions by finding, choice options, met/not
 * met checks, gate values); on top, a few vetoes are raised so the engine's veto paths run at
 * a realistic rate instead of never.
 */
export function benchScore(
  item: RubricItem,
  quality: number,
  random: () => number,
  spec: DatasetSpec,
): DemoScore {
  if (item.type === 'veto') {
    const rate = item.veto?.scope === 'rating' ? spec.ratingVetoRate : spec.starVetoRate;
    const raised = random() < rate;
    return { points: 0, fact: raised ? 1 : 0, input: { triggered: raised } };
  }
  return demoScore(item, quality, random);
}
