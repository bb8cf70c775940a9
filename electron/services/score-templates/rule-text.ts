import type { RubricItem } from '../../../shared/domain/rubric';
import { optionLabel } from './cell-format';
import type { Words } from './words';
import { pointsText } from './words';

/** How to fill in one item, printed beside its input cell. */
export function ruleText(item: RubricItem, t: Words, language: string): string {
  const max = pointsText(item.max);
  const step = pointsText(item.step ?? 1);
  switch (item.type) {
    case 'points':
      return t('rulePoints', { max, step });
    case 'bonus':
      return t('ruleBonus', { max, step });
    case 'deduction':
      return t('ruleDeduction', { max, per: pointsText(item.perFinding ?? item.max) });
    case 'choice':
      return `${t('ruleChoice')}: ${(item.options ?? [])
        .map((o) => `${optionLabel(o, language)} ${pointsText(o.points)}`)
        .join(' / ')}`;
    case 'check':
      return t('ruleCheck', { max });
    case 'veto':
      return t('ruleVeto');
    case 'gate':
      return item.gate?.min === undefined ? t('ruleGateYesNo') : t('ruleGateValue');
  }
}
