import { StarFilled } from '@ant-design/icons';
import { Card, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDimension } from '../../../../shared/domain/rubric';
import { localizedName } from './localizedName';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

export interface StarCardProps {
  dimension: RubricDimension;
  isStar: boolean;
  relation: 'capstone' | 'prerequisite' | undefined;
}

export function StarCard({ dimension, isStar, relation }: StarCardProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <Card
      size="small"
      type="inner"
      className="xp-star-card"
      data-testid={`star-card-${dimension.code}`}
    >
      <Space orientation="vertical" size={4} className="xp-fill">
        <div className="xp-star-title">
          {isStar && <StarFilled className="xp-star-icon" />}
          <span className="xp-star-name">{localizedName(dimension, language)}</span>
        </div>
        <Space size="small" wrap>
          <Typography.Text type="secondary">
            {t('rubric.starCode', { code: dimension.code })}
          </Typography.Text>
          {relation && (
            <Tag color="red">
              {relation === 'capstone' ? t('rubric.capstoneTag') : t('rubric.prerequisiteTag')}
            </Tag>
          )}
        </Space>
        <Space size="large">
          <Statistic title={t('rubric.max')} value={formatCenti(dimension.max)} />
          {/* A pass line matters only where a star is earned by it. */}
          {(isStar || dimension.passLine !== undefined) && (
            <Statistic
              title={t('rubric.passLine')}
              value={
                dimension.passLine === undefined
                  ? t('rubric.noPassLine')
                  : formatCenti(dimension.passLine)
              }
            />
          )}
          {dimension.bonusCap !== undefined && (
            <Statistic title={t('rubric.bonusCap')} value={formatCenti(dimension.bonusCap)} />
          )}
        </Space>
      </Space>
    </Card>
  );
}
