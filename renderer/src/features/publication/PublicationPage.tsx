import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary, RoundSummary } from '../../../../shared/domain/views';
import { useCampaignOverview } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { NamingCard } from './naming/NamingCard';
import { CreateNoticeCard } from './notice/CreateNoticeCard';
import { NoticeCard } from './notice/NoticeCard';
import { ObjectionRegister } from './objections/ObjectionRegister';
import { useNotice } from './queries';
import { SettingsModal } from './settings/SettingsModal';
import './publication.css';

export interface PublicationPageProps {
  campaignId: string;
}

/**
 * 公示与命名 of a campaign's deciding round: publish the frozen list, register and handle the
 * objections, then name by a document once the notice has ended (issue #14 points 4–6).
 */
export function PublicationPage({ campaignId }: PublicationPageProps) {
  const { t } = useTranslation();
  const overview = useCampaignOverview(campaignId);
  const [settings, setSettings] = useState(false);
  const countyId = overview.data?.campaign.countyId;
  return (
    <>
      <PageHeader
        title={t('nav.publication')}
        subtitle={t('publication.subtitle')}
        extra={
          <Button icon={<SettingOutlined />} disabled={!countyId} onClick={() => setSettings(true)}>
            {t('publication.settings.open')}
          </Button>
        }
      />
      {settings && countyId && (
        <SettingsModal
          countyId={countyId}
          campaignId={campaignId}
          onClose={() => setSettings(false)}
        />
      )}
      <QueryView query={overview}>
        {(data) => {
          const round = data.rounds.find((r) => r.isDeciding);
          return round ? (
            <RoundPublication campaign={data.campaign} round={round} />
          ) : (
            <Card>
              <Result status="info" title={t('errorReasons.meetingNoDecidingRound')} />
            </Card>
          );
        }}
      </QueryView>
    </>
  );
}

function RoundPublication({ campaign, round }: { campaign: CampaignSummary; round: RoundSummary }) {
  const notice = useNotice(round.id);
  return (
    <QueryView query={notice}>
      {(current) =>
        current ? (
          <Space orientation="vertical" size="middle" className="xp-publication">
            <NoticeCard notice={current} campaignId={campaign.id} />
            <ObjectionRegister notice={current} campaignId={campaign.id} />
            <NamingCard notice={current} campaignId={campaign.id} />
          </Space>
        ) : (
          <CreateNoticeCard campaign={campaign} round={round} />
        )
      }
    </QueryView>
  );
}
