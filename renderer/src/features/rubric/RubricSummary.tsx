import { Card, Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { StarRelationText } from './StarRelationText';

export interface RubricSummaryProps {
  definition: RubricDefinition;
}

/** The rubric's numbers at a glance: maximum, scheme, and how scores are combined and rounded. */
export function RubricSummary({ definition }: RubricSummaryProps) {
  const { t } = useTranslation();
  const { combine } = definition;
  const items: DescriptionsProps['items'] = [
    { key: 'max', label: t('rubric.max'), children: formatCenti(definition.max) },
    { key: 'scheme', label: t('rubric.scheme'), children: t(`scheme.${definition.scheme.kind}`) },
  ];
  if (definition.scheme.kind === 'per-star') {
    items.push({
      key: 'relation',
      label: t('rubric.starRelation'),
      children: <StarRelationText definition={definition} />,
    });
  }
  items.push(
    {
      key: 'combine',
      label: t('rubric.combine'),
      children:
        combine.method === 'trimmed-mean'
          ? t('rubric.combineTrimmed', { n: combine.trimMinEvaluators })
          : t(`rubric.combineMethods.${combine.method}`),
    },
    {
      key: 'precision',
      label: t('rubric.precision'),
      children: t(`rubric.precisions.${definition.precision}`),
    },
    {
      key: 'bonusCap',
      label: t('rubric.bonusCap'),
      children:
        definition.bonusCap === undefined
          ? t('rubric.noBonusCap')
          : t('rubric.bonusCapValue', { cap: formatCenti(definition.bonusCap) }),
    },
  );
  return (
    <Card data-testid="rubric-summary">
      <Descriptions column={{ xs: 1, md: 3 }} items={items} />
    </Card>
  );
}
