import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { OverviewStats } from './OverviewStats';
import { PreviousCampaignCard } from './PreviousCampaignCard';
import { RoundProgressTable } from './RoundProgressTable';
import { TownshipTable } from './TownshipTable';

export interface OverviewPageProps {
  campaignId: string;
}

export function OverviewPage({ campaignId }: OverviewPageProps) {
  const { t } = useTranslation();
  const overview = useCampaignOverview(campaignId);
  return (
    <QueryView query={overview} rows={10}>
      {(data) => (
        <>
          <PageHeader
            title={
              <Space size="middle" wrap>
                {data.campaign.name}
                {data.campaign.isDemo && <Tag color="gold">{t('campaigns.demoTag')}</Tag>}
              </Space>
            }
            subtitle={[data.campaign.year, data.campaign.countyName, data.campaign.rubricName].join(
              ' · ',
            )}
          />
          <OverviewStats overview={data} />
          <RoundProgressTable rounds={data.rounds} branchTotal={data.branches} />
          <TownshipTable townships={data.byTownship} />
          <PreviousCampaignCard campaign={data.campaign} />
        </>
      )}
    </QueryView>
  );
}
