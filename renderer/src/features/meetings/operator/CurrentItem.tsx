import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../../shared/domain/points';
import type { RankingView } from '../../../../../shared/domain/views';
import type { MeetingView } from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { useMeetingAction } from '../mutations';
import { recusalChange } from '../recusalChange';
import { DecisionForm } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { SimulatorPanel } from './SimulatorPanel';
import { reasonsText } from '../reasonText';

export interface CurrentItemProps {
  view: MeetingView;
  ranking: RankingView;
  labels: RankingLabels;
}

/** Keys a presenter's clicker sends; typing in a field never advances the meeting. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The item under discussion: its numbers, who leaves, the simulator and the decision. */
export function CurrentItem({ view, ranking, labels }: CurrentItemProps) {
  const { t } = useTranslation();
  const advance = useMeetingAction('meetings.advance');
  const declare = useMeetingAction('meetings.declareRecusal');
  const index = view.items.findIndex((i) => i.id === view.currentItemId);
  const item = index >= 0 ? view.items[index] : undefined;
  const inSession = view.stage === 'in-session';

  const go = (to: number) => {
    const target = view.items[to];
    if (inSession && target) advance.mutate({ id: view.id, itemId: target.id });
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || advance.isPending) return;
      if (event.key === 'PageDown') go(index + 1);
      else if (event.key === 'PageUp') go(index - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!item) {
    return (
      <Card>
        <Empty description={t(inSession ? 'meetings.noCurrent' : 'meetings.notStartedHelp')} />
      </Card>
    );
  }
  const row = ranking.rows.find((r) => r.branchId === item.branchId);
  const { leave, back } = recusalChange(view, index);
  const nameOf = (id: string) => view.members.find((m) => m.id === id)?.name ?? id;
  const notRecused = view.members.filter((m) => !item.recusedMemberIds.includes(m.id));
  return (
    <Space direction="vertical" size="middle" className="xp-meeting-column">
      <Card
        size="small"
        data-testid="current-item"
        title={
          <Space>
            <span>{t('meetings.itemOf', { n: index + 1, total: view.items.length })}</span>
            <Typography.Text strong>{item.branchName}</Typography.Text>
            <Typography.Text type="secondary">{item.townshipName}</Typography.Text>
          </Space>
        }
        extra={
          <Space>
            <Button
              icon={<LeftOutlined />}
              disabled={!inSession || index === 0}
              onClick={() => go(index - 1)}
            >
              {t('meetings.previous')}
            </Button>
            <Button
              icon={<RightOutlined />}
              disabled={!inSession || index === view.items.length - 1}
              onClick={() => go(index + 1)}
            >
              {t('meetings.next')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'reasons',
              label: t('meetings.why'),
              children: reasonsText(t, item),
            },
            {
              key: 'total',
              label: t('ranking.col.total'),
              children:
                row?.total === null || row?.total === undefined ? '—' : formatCenti(row.total),
            },
            { key: 'rank', label: t('ranking.col.rank'), children: row?.rank ?? '—' },
            {
              key: 'level',
              label: t('meetings.computedLevel'),
              children: labels.level(row?.level ?? null),
            },
            {
              key: 'before',
              label: t('meetings.levelBeforeQuota'),
              children: labels.level(row?.levelBeforeQuota ?? null),
            },
            { key: 'hint', label: t('meetings.keysLabel'), children: t('meetings.keysHelp') },
          ]}
        />
        <Space wrap className="xp-meeting-recusal" data-testid="operator-recusal">
          <span>{t('meetings.recused')}</span>
          {item.recusedMemberIds.length === 0 && <span>{t('meetings.nobody')}</span>}
          {item.recusedMemberIds.map((id) => (
            <Tag
              key={id}
              color="purple"
              closable={inSession}
              onClose={(e) => {
                e.preventDefault();
                declare.mutate({ id: view.id, itemId: item.id, memberId: id, recused: false });
              }}
            >
              {nameOf(id)}
            </Tag>
          ))}
          {leave.length > 0 && (
            <Tag color="red">
              {t('meetings.leaveNow', {
                names: leave.map(nameOf).join(t('reasons.listSeparator')),
              })}
            </Tag>
          )}
          {back.length > 0 && (
            <Tag color="green">
              {t('meetings.mayReturn', {
                names: back.map(nameOf).join(t('reasons.listSeparator')),
              })}
            </Tag>
          )}
          {inSession && (
            <Select
              size="small"
              value={null}
              placeholder={t('meetings.declareRecusal')}
              aria-label={t('meetings.declareRecusal')}
              className="xp-meeting-declare"
              options={notRecused.map((m) => ({ value: m.id, label: m.name }))}
              onChange={(memberId: string) =>
                declare.mutate({ id: view.id, itemId: item.id, memberId, recused: true })
              }
            />
          )}
        </Space>
      </Card>
      <SimulatorPanel key={item.id} view={view} item={item} ranking={ranking} labels={labels} />
      <DecisionForm
        key={item.id}
        view={view}
        item={item}
        computedLevel={row?.level ?? null}
        ranking={ranking}
        labels={labels}
      />
      <DecisionHistory item={item} labels={labels} />
    </Space>
  );
}
