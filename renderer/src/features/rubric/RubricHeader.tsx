import { Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricView } from '../../../../shared/domain/views';
import { PageHeader } from '../../components/PageHeader';
import { RubricSummary } from './RubricSummary';

export interface RubricHeaderProps {
  rubric: RubricView;
  /** Actions at the right of the title (edit, change version). */
  extra?: ReactNode;
}

export function RubricHeader({ rubric, extra }: RubricHeaderProps) {
  const { t } = useTranslation();
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
        extra={extra}
      />
      <RubricSummary definition={rubric.definition} />
    </>
  );
}
