import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatorView, TownshipNode } from '../../../../shared/domain/views';
import { DeleteEvaluatorButton } from './DeleteEvaluatorButton';
import { EvaluatorModal } from './EvaluatorModal';
import { unitLabel } from './unitOptions';

export interface EvaluatorTableProps {
  campaignId: string;
  evaluators: EvaluatorView[];
  townships: TownshipNode[];
  /** The round whose branch counts are shown. */
  roundId: string | null;
}

/** The review team: name, unit (for conflicts of interest), role, branches in the round. */
export function EvaluatorTable({
  campaignId,
  evaluators,
  townships,
  roundId,
}: EvaluatorTableProps) {
  const { t } = useTranslation();
  // undefined = closed, null = adding, an evaluator = editing it.
  const [editing, setEditing] = useState<EvaluatorView | null | undefined>(undefined);
  const columns: TableColumnsType<EvaluatorView> = [
    { key: 'name', title: t('evaluators.colName'), dataIndex: 'name' },
    { key: 'unit', title: t('evaluators.colUnit'), render: (_, e) => unitLabel(t, e) },
    {
      key: 'role',
      title: t('evaluators.colRole'),
      render: (_, e) => e.role || t('common.none'),
    },
    {
      key: 'count',
      title: t('evaluators.colBranches'),
      align: 'right',
      render: (_, e) => e.assignedBranches.find((a) => a.roundId === roundId)?.count ?? 0,
    },
    {
      key: 'edit',
      title: '',
      width: 170,
      render: (_, e) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('evaluators.editAria', { name: e.name })}
            onClick={() => setEditing(e)}
          >
            {t('evaluators.edit')}
          </Button>
          <DeleteEvaluatorButton campaignId={campaignId} evaluator={e} />
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('evaluators.teamTitle', { n: evaluators.length })}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          data-testid="add-evaluator"
        >
          {t('evaluators.add')}
        </Button>
      }
    >
      <Table
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={evaluators}
        pagination={false}
        locale={{ emptyText: t('evaluators.emptyTeam') }}
        data-testid="evaluator-table"
      />
      {editing !== undefined && (
        <EvaluatorModal
          campaignId={campaignId}
          evaluator={editing}
          townships={townships}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
