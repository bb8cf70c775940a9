import { App, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useDeleteRound } from './mutations';
import { translateError } from '../../i18n/translateError';

export interface RoundActionsProps {
  campaignId: string;
  round: RoundView;
  /** The campaign's only round: deleting it leaves no deciding round until the next. */
  alone: boolean;
  onEdit: () => void;
  onDeciding: () => void;
}

/** Edit, make deciding, delete (after a confirmation naming what goes with it). */
export function RoundActions({ campaignId, round, alone, onEdit, onDeciding }: RoundActionsProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteRound(campaignId);
  // Why the round cannot go, said before anyone tries (the service refuses the same cases).
  const refusal =
    round.sheetsStarted > 0
      ? t('refusals.round-has-sheets', { count: round.sheetsStarted })
      : round.isDeciding && !alone
        ? t('refusals.deciding-round')
        : null;

  const confirmDelete = () => {
    modal.confirm({
      title: t('evaluators.deleteRoundTitle', { name: round.name }),
      content:
        round.assignments > 0
          ? t('evaluators.deleteRoundAssignments', { count: round.assignments })
          : t('evaluators.deleteRoundContent'),
      okText: t('evaluators.deleteRound'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync({ roundId: round.id });
          void message.success(t('evaluators.roundDeleted', { name: round.name }));
        } catch (error) {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        onClick={onEdit}
        aria-label={t('evaluators.editRoundAria', { name: round.name })}
        data-testid={`round-edit-${round.id}`}
      >
        {t('evaluators.edit')}
      </Button>
      <Button
        type="link"
        size="small"
        disabled={round.isDeciding}
        onClick={onDeciding}
        aria-label={t('evaluators.makeDecidingAria', { name: round.name })}
      >
        {t('evaluators.makeDeciding')}
      </Button>
      <Tooltip title={refusal}>
        <Button
          type="link"
          size="small"
          danger
          disabled={refusal !== null}
          onClick={confirmDelete}
          aria-label={t('evaluators.deleteRoundAria', { name: round.name })}
          data-testid={`round-delete-${round.id}`}
        >
          {t('evaluators.deleteRound')}
        </Button>
      </Tooltip>
    </Space>
  );
}
