import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useReorderRounds } from './mutations';
import { translateError } from '../../i18n/translateError';

export interface RoundOrderButtonsProps {
  campaignId: string;
  rounds: RoundView[];
  round: RoundView;
}

/** The button that keeps focus after a move: the same direction, or the other at an end. */
function refocus(roundId: string, direction: -1 | 1): void {
  // After the list re-renders in its new order.
  window.setTimeout(() => {
    const same = document.querySelector<HTMLButtonElement>(
      `[data-testid="round-${direction < 0 ? 'up' : 'down'}-${roundId}"]`,
    );
    const other = document.querySelector<HTMLButtonElement>(
      `[data-testid="round-${direction < 0 ? 'down' : 'up'}-${roundId}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  }, 0);
}

/**
 * 上移 / 下移: moves a round one place, by mouse or keyboard (Tab to the button, Enter), the
 * focus staying on the moved round so it can be moved again at once.
 */
export function RoundOrderButtons({ campaignId, rounds, round }: RoundOrderButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reorder = useReorderRounds(campaignId);
  const at = rounds.findIndex((r) => r.id === round.id);

  const move = async (direction: -1 | 1) => {
    const ids = rounds.map((r) => r.id);
    const to = at + direction;
    if (to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    try {
      await reorder.mutateAsync({ campaignId, roundIds: ids });
      refocus(round.id, direction);
    } catch (error) {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    }
  };

  return (
    <Space size={0}>
      <span className="xp-round-seq">{round.seq}</span>
      <Button
        type="text"
        size="small"
        icon={<ArrowUpOutlined />}
        disabled={at <= 0 || reorder.isPending}
        aria-label={t('evaluators.moveUp', { name: round.name })}
        title={t('evaluators.moveUp', { name: round.name })}
        data-testid={`round-up-${round.id}`}
        onClick={() => void move(-1)}
      />
      <Button
        type="text"
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={at >= rounds.length - 1 || reorder.isPending}
        aria-label={t('evaluators.moveDown', { name: round.name })}
        title={t('evaluators.moveDown', { name: round.name })}
        data-testid={`round-down-${round.id}`}
        onClick={() => void move(1)}
      />
    </Space>
  );
}
