import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { codeNames } from './codeNames';
import { LevelRules } from './LevelRules';
import { localizedName } from './localizedName';
import { QuotaList } from './QuotaList';
import { SpecialItems } from './SpecialItems';
import './rubric.css';

export interface SchemeDetailsProps {
  definition: RubricDefinition;
}

/** The rating rules beyond points: levels, quotas, tie-breakers, level names, vetoes and gates. */
export function SchemeDetails({ definition }: SchemeDetailsProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const names = codeNames(definition, language);
  const { tieBreakers, levels, quotas } = definition;
  return (
    <Card title={t('rubric.rulesTitle')} data-testid="rubric-rules">
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12} className="xp-rules-col">
          <Typography.Title level={5}>{t('rubric.levelRuleTitle')}</Typography.Title>
          <LevelRules definition={definition} />
          {levels.length > 0 && (
            <>
              <Typography.Title level={5}>{t('rubric.levelNamesTitle')}</Typography.Title>
              <Space size={[4, 8]} wrap data-testid="rubric-level-names">
                {[...levels]
                  .sort((a, b) => b.level - a.level)
                  .map((l) => (
                    <Tag key={l.level}>
                      {t('rubric.levelNameTag', {
                        level: l.level,
                        name: localizedName(l, language),
                      })}
                    </Tag>
                  ))}
              </Space>
            </>
          )}
        </Col>
        <Col xs={24} lg={12} className="xp-rules-col">
          <Typography.Title level={5}>{t('rubric.quotasTitle')}</Typography.Title>
          {quotas.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('rubric.noQuotas')}</Typography.Paragraph>
          ) : (
            <>
              <QuotaList definition={definition} />
              <Typography.Paragraph data-testid="rubric-quota-order">
                {t('rubric.quotaOrderLabel')}
                {t(`rubric.quotaOrder.${definition.quotaOrder}`)}
              </Typography.Paragraph>
            </>
          )}
          <Typography.Title level={5}>{t('rubric.tieBreakersTitle')}</Typography.Title>
          <ol className="xp-rubric-tiebreakers" data-testid="rubric-tie-breakers">
            <li>{t('rubric.tieByLevelAndTotal')}</li>
            {tieBreakers.map((tb, index) => (
              <li key={index}>
                {tb.kind === 'dimension'
                  ? t('rubric.tieByDimension', {
                      name: names.has(tb.code) ? `${tb.code} ${names.get(tb.code)}` : tb.code,
                    })
                  : t('rubric.tieByRound', { round: t(`roundKind.${tb.roundKind}`) })}
              </li>
            ))}
          </ol>
        </Col>
        <Col span={24} className="xp-rules-col">
          <Typography.Title level={5}>{t('rubric.specialItemsTitle')}</Typography.Title>
          <SpecialItems definition={definition} />
        </Col>
      </Row>
    </Card>
  );
}
