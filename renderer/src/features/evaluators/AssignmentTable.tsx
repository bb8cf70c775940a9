import { App, Button, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentView } from '../../../../shared/domain/views';
import { toApiError } from '../../api/ApiError';
import { useRemoveAssignment } from './mutations';
import { translateError } from '../../i18n/translateError';
import { ConflictTag } from './ConflictTag';

export interface AssignmentTableProps {
  campaignId: string;
  rows: AssignmentView[];
}

/** One township's assignments: branch, evaluator, conflict, and a confirmed remove. */
export function AssignmentTable({ campaignId, rows }: AssignmentTableProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const remove = useRemoveAssignment(campaignId);

  const confirmRemove = (a: AssignmentView) => {
    modal.confirm({
      title: t('evaluators.removeTitle', { name: a.evaluatorName, branch: a.branchName }),
      content: t('evaluators.removeContent'),
      okText: t('evaluators.removeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await remove.mutateAsync({
            roundId: a.roundId,
            evaluatorId: a.evaluatorId,
            branchId: a.branchId,
          });
          void message.success(t('evaluators.removed', { branch: a.branchName }));
        } catch (caught) {
          const error = toApiError(caught);
          // A submitted sheet keeps its assignment: say that, not a generic conflict.
          const reason =
            error.code === 'CONFLICT'
              ? t('evaluators.removeRefused', { branch: a.branchName, name: a.evaluatorName })
              : translateError(t, error);
          void message.error(t('common.actionFailed', { reason }));
        }
      },
    });
  };

  const columns: TableColumnsType<AssignmentView> = [
    { key: 'branch', title: t('evaluators.colBranch'), dataIndex: 'branchName' },
    { key: 'evaluator', title: t('evaluators.colEvaluator'), dataIndex: 'evaluatorName' },
    {
      key: 'conflict',
      title: t('evaluators.colConflict'),
      render: (_, a) => <ConflictTag assignment={a} />,
    },
    {
      key: 'remove',
      title: '',
      width: 90,
      render: (_, a) => (
        <Button
          type="link"
          size="small"
          danger
          aria-label={t('evaluators.removeAria', { name: a.evaluatorName, branch: a.branchName })}
          onClick={() => confirmRemove(a)}
        >
          {t('evaluators.remove')}
        </Button>
      ),
    },
  ];
  return (
    <Table
      size="small"
      rowKey={(a) => `${a.evaluatorId}:${a.branchId}`}
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
