import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '../../../../shared/domain/views/rounds';
import { useSetDecidingRound } from '../../api/rounds';
import { translateError } from '../../i18n/translateError';
import { RoundModal } from './RoundModal';

export interface RoundsPanelProps {
  campaignId: string;
  rounds: RoundView[];
}

/** The campaign's rounds: add, rename, and which one the ranking uses by default. */
export function RoundsPanel({ campaignId, rounds }: RoundsPanelProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const setDeciding = useSetDecidingRound(campaignId);
  // undefined = closed, null = adding, a round = renaming it.
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
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('evaluators.rename')}
          </Button>
          <Button
            type="link"
            size="small"
            disabled={r.isDeciding}
            onClick={() => makeDeciding(r)}
            aria-label={t('evaluators.makeDecidingAria', { name: r.name })}
          >
            {t('evaluators.makeDeciding')}
          </Button>
        </Space>
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
      />
      {editing !== undefined && (
        <RoundModal campaignId={campaignId} round={editing} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}
