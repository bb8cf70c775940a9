import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluatorView } from '../../../../shared/domain/views';
import { useDeleteEvaluator } from './mutations';
import { translateError } from '../../i18n/translateError';

export interface DeleteEvaluatorButtonProps {
  campaignId: string;
  evaluator: EvaluatorView;
}

/**
 * Removes an evaluator added by mistake, with their assignments, after a confirmation. Once they
 * have a score sheet the service refuses and the reason is shown: what they scored keeps its
 * author.
 */
export function DeleteEvaluatorButton({ campaignId, evaluator }: DeleteEvaluatorButtonProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useDeleteEvaluator(campaignId);
  const confirm = () => {
    modal.confirm({
      title: t('evaluators.deleteTitle', { name: evaluator.name }),
      content: t('evaluators.deleteBody'),
      okText: t('evaluators.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await remove.mutateAsync({ id: evaluator.id });
          void message.success(t('evaluators.deleted', { name: evaluator.name }));
        } catch (error) {
          void message.error(translateError(t, error));
        }
      },
    });
  };
  return (
    <Tooltip title={t('evaluators.deleteHint')}>
      <Button
        type="link"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('evaluators.deleteAria', { name: evaluator.name })}
        onClick={confirm}
        data-testid="evaluator-delete"
      >
        {t('evaluators.delete')}
      </Button>
    </Tooltip>
  );
}
