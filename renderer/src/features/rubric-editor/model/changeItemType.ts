import type { ChoiceOption, ItemType, RubricItem } from './types';

export interface DefaultOptionLabels {
  high: string;
  low: string;
}

/**
 * An item switched to another type keeps what the new type shares with the old one and gets
 * sensible starting values for the rest; fields the new type does not use are dropped, since
 * the rubric schema refuses stray ones.
 */
export function changeItemType(
  item: RubricItem,
  type: ItemType,
  labels: DefaultOptionLabels,
): RubricItem {
  const base: RubricItem = { code: item.code, name: item.name, type, max: item.max };
  if (item.nameEn !== undefined) base.nameEn = item.nameEn;
  if (item.guidance !== undefined) base.guidance = item.guidance;
  switch (type) {
    case 'points':
    case 'bonus':
      return { ...base, step: item.step ?? 50 };
    case 'deduction':
      return { ...base, perFinding: item.perFinding ?? 100 };
    case 'choice': {
      const options: ChoiceOption[] = item.options ?? [
        { key: 'a', label: labels.high, points: item.max },
        { key: 'b', label: labels.low, points: 0 },
      ];
      return { ...base, options };
    }
    case 'check':
      return base;
    case 'veto':
      // Vetoes and gates carry no points.
      return { ...base, max: 0, veto: item.veto ?? { scope: 'star', effect: 'cancel-star' } };
    case 'gate':
      return { ...base, max: 0, gate: item.gate ?? { effect: 'cancel-star' } };
  }
}
