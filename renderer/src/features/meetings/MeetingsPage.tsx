import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/views/meetings';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { CreateMeetingModal } from './CreateMeetingModal';
import { OperatorScreen } from './operator/OperatorScreen';
import { useMeetings } from './queries';
import './meetings.css';

export interface MeetingsPageProps {
  campaignId: string;
}

const STAGE_COLORS = { planned: 'default', 'in-session': 'processing', closed: 'success' } as const;

/** 评审会: the campaign's meetings; choosing one opens its operator screen. */
export function MeetingsPage({ campaignId }: MeetingsPageProps) {
  const { t } = useTranslation();
  const meetings = useMeetings(campaignId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (openId) return <OperatorScreen meetingId={openId} onBack={() => setOpenId(null)} />;
  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('meetings.create')}
          </Button>
        }
      />
      <QueryView query={meetings}>
        {(list) => (
          <Card>
            <Table<MeetingSummary>
              rowKey="id"
              dataSource={list}
              pagination={false}
              locale={{ emptyText: t('meetings.empty') }}
              columns={[
                {
                  key: 'title',
                  title: t('meetings.field.title'),
                  render: (_, m) => (
                    <Button type="link" onClick={() => setOpenId(m.id)}>
                      {m.title}
                    </Button>
                  ),
                },
                { key: 'heldOn', title: t('meetings.field.heldOn'), dataIndex: 'heldOn' },
                {
                  key: 'kind',
                  title: t('meetings.field.kind'),
                  render: (_, m) => t(`meetings.kind.${m.kind}`),
                },
                {
                  key: 'stage',
                  title: t('meetings.field.stage'),
                  render: (_, m) => (
                    <Tag color={STAGE_COLORS[m.stage]}>{t(`meetings.stage.${m.stage}`)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
        )}
      </QueryView>
      {creating && (
        <CreateMeetingModal
          campaignId={campaignId}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setOpenId(id);
          }}
        />
      )}
    </>
  );
}
