import { Card, Descriptions, Space, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricView } from '../../../../shared/domain/views';
import { PageHeader } from '../../components/PageHeader';
import { StarRelationText } from './StarRelationText';

export interface RubricHeaderProps {
  rubric: RubricView;
}

export function RubricHeader({ rubric }: RubricHeaderProps) {
  const { t } = useTranslation();
  const { definition } = rubric;
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
  return (
    <>
      <PageHeader
        title={
          <Space size="middle" wrap>
            {rubric.name}
            <Tag>{t('rubric.version', { version: rubric.version })}</Tag>
            {rubric.frozen && <Tag color="blue">{t('rubric.frozen')}</Tag>}
            {rubric.isDemo && <Tag color="gold">{t('rubric.demoTag')}</Tag>}
          </Space>
        }
      />
      <Card data-testid="rubric-summary">
        <Descriptions column={{ xs: 1, md: 3 }} items={items} />
      </Card>
    </>
  );
}
