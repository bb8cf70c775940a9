import type { TFunction } from 'i18next';
import type { ObjectionEffect } from '../../../../../shared/domain/publication/objection';

/** What an objection means for naming its branch, in words. */
export function effectText(
  t: TFunction,
  effect: ObjectionEffect,
  levelLabel: (level: number) => string,
): string {
  return effect.kind === 'adjusted'
    ? t('publication.objection.effects.adjusted', { level: levelLabel(effect.level) })
    : t(`publication.objection.effects.${effect.kind}`);
}
