import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useSetDecidingRound } from './mutations';
import { translateError } from '../../i18n/translateError';
import { RoundActions } from './RoundActions';
import { RoundModal } from './RoundModal';
import { RoundOrderButtons } from './RoundOrderButtons';

export interface RoundsPanelProps {
  campaignId: string;
  rounds: RoundView[];
}

/**
 * The campaign's rounds in their order (every screen and export uses it): add, edit (name, kind,
 * conflict rule), move up or down, delete while unscored, and which one the ranking uses.
 */
export function RoundsPanel({ campaignId, rounds }: RoundsPanelProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const setDeciding = useSetDecidingRound(campaignId);
  // undefined = closed, null = adding, a round = editing it.
  const [editing, setEditing] = useState<RoundView | null | undefined>(undefined);

  const makeDeciding = (round: RoundView) => {
    modal.confirm({
      title: t('evaluators.decidingTitle', { name: round.name }),
      content: t('evaluators.decidingContent'),
      okText: t('evaluators.decidingOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await setDeciding.mutateAsync({ roundId: round.id });
          void message.success(t('evaluators.decidingDone', { name: round.name }));
        } catch (error) {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  const columns: TableColumnsType<RoundView> = [
    {
      key: 'order',
      title: t('evaluators.colOrder'),
      render: (_, r) => <RoundOrderButtons campaignId={campaignId} rounds={rounds} round={r} />,
    },
    {
      key: 'name',
      title: t('evaluators.colRound'),
      render: (_, r) => (
        <Space size={4} wrap>
          {r.name}
          {r.isDeciding && <Tag color="red">{t('evaluators.deciding')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('evaluators.colKind'),
      render: (_, r) => <span className="xp-nowrap">{t(`roundKind.${r.kind}`)}</span>,
    },
    {
      key: 'scope',
      title: t('evaluators.colConflictScope'),
      render: (_, r) => (
        <span className="xp-nowrap" data-testid="round-scope">
          {r.kind === 'self' ? '—' : t(`evaluators.conflictScopeShort.${r.conflictScope}`)}
        </span>
      ),
    },
    {
      key: 'assigned',
      title: t('evaluators.colAssigned'),
      align: 'right',
      render: (_, r) => (
        <span className="xp-nowrap">
          {t('evaluators.assignedCount', { n: r.assignments, people: r.evaluators })}
        </span>
      ),
    },
    {
      key: 'sheets',
      title: t('evaluators.colSheets'),
      align: 'right',
      render: (_, r) => (
        <span className="xp-nowrap">
          {r.sheetsSubmitted} / {r.sheetsStarted}
        </span>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, r) => (
        <RoundActions
          campaignId={campaignId}
          round={r}
          alone={rounds.length === 1}
          onEdit={() => setEditing(r)}
          onDeciding={() => makeDeciding(r)}
        />
      ),
    },
  ];

  return (
    <Card
      title={t('evaluators.roundsTitle')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="add-round">
          {t('evaluators.addRound')}
        </Button>
      }
    >
      <Table
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rounds}
        pagination={false}
        data-testid="round-table"
        scroll={{ x: 'max-content' }}
      />
      {editing !== undefined && (
        <RoundModal campaignId={campaignId} round={editing} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}
