import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { localizedName } from './localizedName';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

export interface StarRelationTextProps {
  definition: RubricDefinition;
}

/** Spells out the capstone or prerequisite rule, which changes how stars are counted. */
export function StarRelationText({ definition }: StarRelationTextProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const relation =
    definition.scheme.kind === 'per-star' ? definition.scheme.starRelation : undefined;
  if (!relation) return <>{t('rubric.noRelation')}</>;
  const dimension = definition.dimensions.find((d) => d.code === relation.star);
  const star = dimension ? localizedName(dimension, language) : relation.star;
  return (
    <span data-testid="star-relation">
      {relation.relation === 'capstone'
        ? t('rubric.capstone', { star })
        : t('rubric.prerequisite', { star })}
    </span>
  );
}
