import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { DragEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, MeetingView } from '../../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../../ranking/labels';
import { useMeetingAction } from '../mutations';
import { moveItem } from './moveItem';
import { outcomeLabel } from '../outcomeLabel';
import { reasonText } from '../reasonText';

export interface AgendaListProps {
  view: MeetingView;
  labels: RankingLabels;
}

/**
 * The agenda with why each item is there. Reorder by drag, by Alt+↑/↓ on a focused row, or by
 * the row's buttons; a click (or Enter) in session makes the item the current one.
 */
export function AgendaList({ view, labels }: AgendaListProps) {
  const { t } = useTranslation();
  const reorder = useMeetingAction('meetings.reorder');
  const byRecusal = useMeetingAction('meetings.orderByRecusal');
  const advance = useMeetingAction('meetings.advance');
  const [dragged, setDragged] = useState<string | null>(null);
  const closed = view.stage === 'closed';
  const ids = view.items.map((i) => i.id);

  const move = (from: number, to: number) => {
    if (closed || to < 0 || to >= ids.length || from === to) return;
    reorder.mutate({ id: view.id, itemIds: moveItem(ids, from, to) });
  };
  const onKeyDown = (event: KeyboardEvent, index: number, item: AgendaItemView) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
    } else if (event.key === 'Enter' && view.stage === 'in-session') {
      advance.mutate({ id: view.id, itemId: item.id });
    }
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged) move(ids.indexOf(dragged), index);
    setDragged(null);
  };

  const { current, minimised } = view.recusalMoves;
  return (
    <Card title={t('meetings.agenda')} size="small" data-testid="agenda">
      <Space direction="vertical" className="xp-meeting-column">
        <Typography.Text type="secondary" data-testid="recusal-moves">
          {t('meetings.recusalMoves', {
            leaves: current.leaves,
            returns: current.returns,
            minLeaves: minimised.leaves,
            minReturns: minimised.returns,
          })}
        </Typography.Text>
        <Button
          size="small"
          disabled={closed}
          loading={byRecusal.isPending}
          onClick={() => byRecusal.mutate({ id: view.id })}
        >
          {t('meetings.orderByRecusal')}
        </Button>
        <Typography.Text type="secondary">{t('meetings.reorderHelp')}</Typography.Text>
      </Space>
      <ol className="xp-agenda" aria-label={t('meetings.agenda')}>
        {view.items.map((item, index) => (
          <li
            key={item.id}
            tabIndex={0}
            draggable={!closed}
            data-testid="agenda-item"
            data-branch={item.branchName}
            aria-current={item.id === view.currentItemId ? 'step' : undefined}
            className={item.id === view.currentItemId ? 'xp-agenda-current' : undefined}
            onDragStart={() => setDragged(item.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, index)}
            onKeyDown={(e) => onKeyDown(e, index, item)}
            onDoubleClick={() =>
              view.stage === 'in-session' && advance.mutate({ id: view.id, itemId: item.id })
            }
          >
            <span className="xp-agenda-seq">{index + 1}</span>
            <span className="xp-agenda-name">
              {item.branchName}
              <Typography.Text type="secondary"> {item.townshipName}</Typography.Text>
            </span>
            <span className="xp-agenda-tags">
              {item.reasons.map((r) => (
                <Tag key={r} color={r === 'consent' ? 'default' : 'orange'}>
                  {reasonText(t, r, item)}
                </Tag>
              ))}
              {item.recusedMemberIds.length > 0 && (
                <Tag color="purple">
                  {t('meetings.recusedCount', { count: item.recusedMemberIds.length })}
                </Tag>
              )}
              {item.decision && <Tag color="green">{outcomeLabel(t, item.decision, labels)}</Tag>}
            </span>
            <span className="xp-agenda-moves">
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={closed || index === 0}
                aria-label={t('meetings.moveUp', { name: item.branchName })}
                onClick={() => move(index, index - 1)}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={closed || index === view.items.length - 1}
                aria-label={t('meetings.moveDown', { name: item.branchName })}
                onClick={() => move(index, index + 1)}
              />
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
