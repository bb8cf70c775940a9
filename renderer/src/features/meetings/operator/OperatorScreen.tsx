import { ArrowLeftOutlined, DesktopOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Switch, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRanking } from '../../ranking/queries';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { labelSourceOf, useRankingLabels } from '../../ranking/labels';
import type { RankingView } from '../../../../../shared/domain/views';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import { projectorHref } from '../projector/projectorHref';
import { useMeetingAction } from '../mutations';
import { useMeeting, useMeetingFollow } from '../queries';
import { AgendaList } from './AgendaList';
import { MinutesButton } from '../minutes/MinutesButton';
import { CloseControls } from './CloseControls';
import { CurrentItem } from './CurrentItem';
import { RollCall } from './RollCall';

export interface OperatorScreenProps {
  meetingId: string;
  onBack: () => void;
}

/** The operator's screen of one meeting: roll call, agenda, the current item and its decision. */
export function OperatorScreen({ meetingId, onBack }: OperatorScreenProps) {
  const meeting = useMeeting(meetingId);
  useMeetingFollow(meetingId, meeting.data?.campaignId);
  return <QueryView query={meeting}>{(view) => <Loaded view={view} onBack={onBack} />}</QueryView>;
}

function Loaded({ view, onBack }: { view: MeetingView; onBack: () => void }) {
  const ranking = useRanking(view.campaignId, view.roundId);
  return (
    <QueryView query={ranking}>
      {(r) => <Screen view={view} ranking={r} onBack={onBack} />}
    </QueryView>
  );
}

function Screen({
  view,
  ranking,
  onBack,
}: {
  view: MeetingView;
  ranking: RankingView;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const source = useMemo(() => labelSourceOf(ranking), [ranking]);
  const labels = useRankingLabels(source);
  const showNames = useMeetingAction('meetings.setShowNames');
  const closed = view.stage === 'closed';
  return (
    <div className="xp-meeting" data-testid="meeting-operator">
      <PageHeader
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('meetings.back')}
              onClick={onBack}
            />
            {view.title}
            <Tag data-testid="meeting-stage">{t(`meetings.stage.${view.stage}`)}</Tag>
          </Space>
        }
        subtitle={[
          view.heldOn,
          view.venue,
          view.chair && t('meetings.chairIs', { name: view.chair }),
        ]
          .filter(Boolean)
          .join(' · ')}
        extra={
          <Space wrap>
            <Switch
              checked={view.showNames}
              disabled={closed}
              loading={showNames.isPending}
              onChange={(on) => showNames.mutate({ id: view.id, showNames: on })}
              aria-label={t('meetings.showNames')}
            />
            <span>{t('meetings.showNames')}</span>
            <Button
              icon={<DesktopOutlined />}
              href={projectorHref(view.id)}
              target="_blank"
              rel="noopener"
              data-testid="open-projector"
            >
              {t('meetings.openProjector')}
            </Button>
            <MinutesButton meetingId={view.id} roundId={view.roundId} />
            <CloseControls view={view} />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size="middle" className="xp-meeting-column">
            <RollCall view={view} />
            <AgendaList view={view} labels={labels} />
          </Space>
        </Col>
        <Col xs={24} xl={15}>
          <CurrentItem view={view} ranking={ranking} labels={labels} />
        </Col>
      </Row>
    </div>
  );
}
