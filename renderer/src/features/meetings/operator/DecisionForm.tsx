import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionProblem } from '../../../../../shared/domain/meeting-rules';
import type { RankingView } from '../../../../../shared/domain/views';
import type {
  AgendaItemView,
  DecisionOutcome,
  MeetingView,
} from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { levelChoices } from '../levelChoices';
import { useMeetingAction } from '../mutations';

export interface DecisionFormProps {
  view: MeetingView;
  item: AgendaItemView;
  computedLevel: number | null;
  ranking: RankingView;
  labels: RankingLabels;
}

const OUTCOMES: DecisionOutcome[] = ['keep', 'adjust', 're-review', 'defer'];

/**
 * The decision on the current item: 维持 / 调整为 N★ / 退回复核 / 暂缓 and the votes. The rules
 * are the service's (`decisionProblem`), shown before asking; the service checks them again.
 */
export function DecisionForm({ view, item, computedLevel, ranking, labels }: DecisionFormProps) {
  const { t } = useTranslation();
  const decide = useMeetingAction('meetings.decide');
  const [outcome, setOutcome] = useState<DecisionOutcome>('keep');
  const [level, setLevel] = useState<number | null>(null);
  const [votes, setVotes] = useState({ for: 0, against: 0, abstain: 0 });
  const [reason, setReason] = useState('');
  const present = view.members.filter((m) => m.attendance === 'present');
  const recused = present.filter((m) => item.recusedMemberIds.includes(m.id)).length;
  const decidedLevel = outcome === 'adjust' ? level : null;
  const problem = decisionProblem({
    outcome,
    computedLevel,
    decidedLevel,
    votes,
    present: present.length,
    recused,
    reason,
  });
  const editable = view.stage === 'in-session';
  const vote = (key: keyof typeof votes) => (
    <InputNumber
      min={0}
      max={1000}
      value={votes[key]}
      aria-label={t(`meetings.votes.${key}`)}
      disabled={!editable}
      onChange={(n) => setVotes((v) => ({ ...v, [key]: n ?? 0 }))}
    />
  );
  return (
    <Card
      size="small"
      title={item.decision ? t('meetings.changeDecision') : t('meetings.decision')}
      data-testid="decision-form"
    >
      <Form layout="vertical" disabled={!editable}>
        <Form.Item label={t('meetings.outcomeLabel', { level: labels.level(computedLevel) })}>
          <Space wrap>
            <Radio.Group
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as DecisionOutcome)}
              options={OUTCOMES.map((o) => ({ value: o, label: t(`meetings.outcome.${o}`) }))}
            />
            {outcome === 'adjust' && (
              <Select<number>
                className="xp-meeting-level"
                aria-label={t('meetings.adjustLevel')}
                placeholder={t('meetings.chooseLevel')}
                value={level ?? undefined}
                onChange={setLevel}
                options={levelChoices(ranking).map((l) => ({ value: l, label: labels.level(l) }))}
              />
            )}
          </Space>
        </Form.Item>
        <Form.Item
          label={t('meetings.votesLabel', {
            present: present.length,
            recused,
            eligible: present.length - recused,
          })}
        >
          <Space wrap>
            <span>{t('meetings.votes.for')}</span>
            {vote('for')}
            <span>{t('meetings.votes.against')}</span>
            {vote('against')}
            <span>{t('meetings.votes.abstain')}</span>
            {vote('abstain')}
          </Space>
        </Form.Item>
        <Form.Item label={t('meetings.reasonLabel')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            value={reason}
            aria-label={t('meetings.reasonLabel')}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
        {problem && (
          <Typography.Paragraph type="warning" data-testid="decision-problem">
            {t(`meetings.problem.${problem}`)}
          </Typography.Paragraph>
        )}
        <Button
          type="primary"
          disabled={!editable || problem !== null}
          loading={decide.isPending}
          onClick={() =>
            decide.mutate(
              { id: view.id, itemId: item.id, outcome, decidedLevel, votes, reason },
              { onSuccess: () => setReason('') },
            )
          }
        >
          {t('meetings.record')}
        </Button>
      </Form>
    </Card>
  );
}
