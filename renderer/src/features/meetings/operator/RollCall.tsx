import { Alert, Button, Card, List, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendance, MeetingView } from '../../../../../shared/domain/views/meetings';
import { useMeetingAction } from '../mutations';

const CHOICES: Exclude<Attendance, 'unknown'>[] = ['present', 'absent', 'leave'];

/** 点名: each member's attendance, the quorum, and 开始审议 (refused with its reason). */
export function RollCall({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const rollCall = useMeetingAction('meetings.rollCall');
  const start = useMeetingAction('meetings.start');
  const q = view.quorumState;
  const planned = view.stage === 'planned';
  return (
    <Card title={t('meetings.rollCall')} size="small" data-testid="roll-call">
      <List
        size="small"
        dataSource={view.members}
        renderItem={(m) => (
          <List.Item
            actions={[
              <Radio.Group
                key="attendance"
                size="small"
                optionType="button"
                value={m.attendance === 'unknown' ? undefined : m.attendance}
                disabled={view.stage === 'closed'}
                aria-label={t('meetings.attendanceOf', { name: m.name })}
                options={CHOICES.map((c) => ({ value: c, label: t(`meetings.attendance.${c}`) }))}
                onChange={(e) =>
                  rollCall.mutate({
                    id: view.id,
                    memberId: m.id,
                    attendance: e.target.value as Exclude<Attendance, 'unknown'>,
                  })
                }
              />,
            ]}
          >
            {m.name}
          </List.Item>
        )}
      />
      <Space direction="vertical" className="xp-meeting-column">
        <Typography.Text data-testid="quorum-state">
          {t('meetings.quorumState', { present: q.present, members: q.members, needed: q.needed })}
        </Typography.Text>
        {planned && !q.met && (
          <Alert
            type="warning"
            showIcon
            data-testid="quorum-refusal"
            message={t('meetings.quorumNotMet', { present: q.present, needed: q.needed })}
          />
        )}
        {planned && (
          <Button
            type="primary"
            disabled={!q.met}
            loading={start.isPending}
            onClick={() => start.mutate({ id: view.id })}
          >
            {t('meetings.start')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
