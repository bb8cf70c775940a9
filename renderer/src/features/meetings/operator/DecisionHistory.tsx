import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { outcomeLabel } from '../outcomeLabel';

/** Every version of the item's decision, oldest first: a change never hides what came before. */
export function DecisionHistory({ item, labels }: { item: AgendaItemView; labels: RankingLabels }) {
  const { t } = useTranslation();
  if (item.history.length === 0) return null;
  return (
    <Card size="small" title={t('meetings.history')} data-testid="decision-history">
      <Timeline
        items={item.history.map((d) => ({
          key: d.id,
          children: (
            <div data-testid="decision-version">
              <Typography.Text strong>
                {t('meetings.version', { n: d.version })} {outcomeLabel(t, d, labels)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('meetings.versionVotes', {
                  for: d.votes.for,
                  against: d.votes.against,
                  abstain: d.votes.abstain,
                  present: d.present,
                  recused: d.recused,
                })}
              </Typography.Text>
              {d.overridesQuota && (
                <Typography.Text type="warning">
                  {' '}
                  {t('meetings.overridesQuotaShort')}
                </Typography.Text>
              )}
              {d.reason && <div>{t('meetings.reasonIs', { reason: d.reason })}</div>}
              <Typography.Text type="secondary">
                {t('meetings.decidedBy', {
                  name: d.decidedBy,
                  at: d.decidedAt.slice(0, 16).replace('T', ' '),
                })}
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
