import { App, Card, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/domain/views';
import { useLinkPrevious } from './mutations';
import { useCampaigns } from '../../api/queries';
import { translateError } from '../../i18n/translateError';

export interface PreviousCampaignCardProps {
  campaign: CampaignSummary;
}

/**
 * Chooses last year's campaign, so the ranking can show each branch's previous level and
 * whether it gained, lost or had its stars withdrawn (动态管理).
 */
export function PreviousCampaignCard({ campaign }: PreviousCampaignCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const campaigns = useCampaigns();
  const link = useLinkPrevious(campaign.id);
  const options = (campaigns.data ?? [])
    .filter((c) => c.id !== campaign.id)
    .map((c) => ({ value: c.id, label: `${c.name}(${c.year})` }));

  const change = (value: string | undefined) => {
    link.mutate(value ?? null, {
      onSuccess: () => void message.success(t('overview.previousSaved')),
      onError: (error) => void message.error(translateError(t, error)),
    });
  };

  return (
    <Card title={t('overview.previousTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('overview.previousHelp')}</Typography.Paragraph>
      <Select
        data-testid="previous-campaign"
        aria-label={t('overview.previousTitle')}
        style={{ minWidth: 360 }}
        allowClear
        placeholder={t('overview.previousNone')}
        loading={campaigns.isLoading || link.isPending}
        value={campaign.previousCampaignId ?? undefined}
        options={options}
        onChange={change}
        notFoundContent={t('overview.previousEmpty')}
      />
    </Card>
  );
}
