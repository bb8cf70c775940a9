import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../../shared/domain/views';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import { useRanking } from '../../ranking/queries';
import { useMeeting, useMeetingFollow } from '../queries';
import { ProjectorItem } from './ProjectorItem';
import './projector.css';

/**
 * The projector page (评审会投影): what the room sees. It reads and never writes, has no input
 * controls at all, and follows the operator's advance through the `meeting.changed` event.
 */
export function ProjectorPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  useMeetingFollow(meetingId, meeting.data?.campaignId);
  if (meeting.isError) return <Message text={t('projector.unavailable')} />;
  if (!meeting.data) return <Message text={t('projector.loading')} />;
  return <WithRanking view={meeting.data} />;
}

function Message({ text }: { text: string }) {
  return (
    <div className="xp-projector" data-testid="projector">
      <p className="xp-projector-message">{text}</p>
    </div>
  );
}

function WithRanking({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const ranking = useRanking(view.campaignId, view.roundId);
  if (!ranking.data) return <Message text={t('projector.loading')} />;
  return <Screen view={view} ranking={ranking.data} />;
}

function Screen({ view, ranking }: { view: MeetingView; ranking: RankingView }) {
  const { t } = useTranslation();
  // A closed meeting shows that it is closed, not the item it ended on.
  const index =
    view.stage === 'in-session' ? view.items.findIndex((i) => i.id === view.currentItemId) : -1;
  return (
    <div className="xp-projector" data-testid="projector">
      <header className="xp-projector-header">
        <span>{view.title}</span>
        <span data-testid="projector-stage">
          {index >= 0
            ? t('meetings.itemOf', { n: index + 1, total: view.items.length })
            : t(`meetings.stage.${view.stage}`)}
        </span>
      </header>
      {index >= 0 ? (
        <ProjectorItem view={view} index={index} ranking={ranking} />
      ) : (
        <p className="xp-projector-message">
          {view.stage === 'closed' ? t('projector.closed') : t('projector.waiting')}
        </p>
      )}
    </div>
  );
}
