import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { StarCard } from './StarCard';

export interface StarCardsProps {
  definition: RubricDefinition;
}

/** One card per star (per-star rubrics) or per dimension (all others). */
export function StarCards({ definition }: StarCardsProps) {
  const { t } = useTranslation();
  const perStar = definition.scheme.kind === 'per-star';
  const relation =
    definition.scheme.kind === 'per-star' ? definition.scheme.starRelation : undefined;
  return (
    <Card title={perStar ? t('rubric.starsTitle') : t('rubric.dimensionsTitle')}>
      <Row gutter={[12, 12]}>
        {definition.dimensions.map((dimension) => (
          <Col key={dimension.code} flex="1 1 200px">
            <StarCard
              dimension={dimension}
              isStar={perStar}
              relation={relation?.star === dimension.code ? relation.relation : undefined}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
