import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaigns, useCounties } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { CampaignTable } from './CampaignTable';
import { EmptyCampaigns } from './EmptyCampaigns';
import { NewCampaignModal } from './NewCampaignModal';
import { RestoreDemoButton } from './RestoreDemoButton';
import { WelcomePage } from '../welcome/WelcomePage';

/**
 * The home screen: every campaign in the data file; on an empty data file (no county, no
 * campaign) the welcome screen instead.
 */
export function CampaignListPage() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const counties = useCounties();
  const [creating, setCreating] = useState(false);
  const openCreate = () => setCreating(true);
  // Offered only when the demo is gone, so it cannot be duplicated by accident.
  const canRestoreDemo = campaigns.isSuccess && !campaigns.data.some((c) => c.isDemo);
  if (campaigns.data?.length === 0 && counties.data?.length === 0) return <WelcomePage />;

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('campaigns.subtitle')}
        extra={
          <Space wrap>
            {canRestoreDemo && <RestoreDemoButton />}
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
              {t('campaigns.new')}
            </Button>
          </Space>
        }
      />
      <QueryView query={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <EmptyCampaigns onCreate={openCreate} />
          ) : (
            <Card>
              <CampaignTable campaigns={list} />
            </Card>
          )
        }
      </QueryView>
      <NewCampaignModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
