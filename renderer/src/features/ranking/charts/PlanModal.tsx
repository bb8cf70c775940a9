import { App, Alert, InputNumber, Modal, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { RankingView } from '../../../../../shared/domain/views';
import { useSetPlan } from '../mutations';
import { translateError } from '../../../i18n/translateError';
import type { RankingLabels } from '../labels';
import { knownLevels } from '../levelName';
import type { TownshipRef } from './chartData';
import type { PlanCells, PlanColumn } from './planCells';
import { MAX_TARGETS, cellKey, cellsFromPlan, planFromCells } from './planCells';

export interface PlanModalProps {
  open: boolean;
  view: RankingView;
  townships: readonly TownshipRef[];
  labels: RankingLabels;
  onClose: () => void;
}

interface PlanRow {
  key: string;
  townshipId: string | null;
  name: string;
}

/** Edits the plan (计划创建数): how many branches per level and star, per township or overall. */
export function PlanModal({ open, view, townships, labels, onClose }: PlanModalProps) {
  const { t } = labels;
  const { message } = App.useApp();
  const setPlan = useSetPlan(view.campaignId);
  const [cells, setCells] = useState<PlanCells>(() => cellsFromPlan(view.plan));
  const [error, setError] = useState<string>();

  const planColumns: PlanColumn[] = [
    ...knownLevels(view).map((level) => ({ kind: 'level' as const, target: String(level) })),
    ...(view.scheme === 'per-star'
      ? view.dimensions.map((d) => ({ kind: 'star' as const, target: d.code }))
      : []),
  ];
  const rows: PlanRow[] = [
    { key: '*', townshipId: null, name: t('ranking.plan.overall') },
    ...townships.map((tw) => ({ key: tw.id, townshipId: tw.id, name: tw.name })),
  ];

  const columns: TableColumnsType<PlanRow> = [
    {
      key: 'name',
      title: t('ranking.col.township'),
      dataIndex: 'name',
      fixed: 'start',
      width: 120,
      render: (name: string, row) => (row.townshipId === null ? <strong>{name}</strong> : name),
    },
    ...planColumns.map((column) => ({
      key: `${column.kind}:${column.target}`,
      title:
        column.kind === 'level'
          ? labels.level(Number(column.target))
          : labels.dimension(column.target),
      width: 88,
      render: (_: unknown, row: PlanRow) => {
        const key = cellKey(row.townshipId, column);
        return (
          <InputNumber<number>
            min={0}
            max={100_000}
            precision={0}
            size="small"
            className="xp-fill"
            aria-label={t('ranking.plan.cellLabel', {
              township: row.name,
              target:
                column.kind === 'level'
                  ? labels.level(Number(column.target))
                  : labels.dimension(column.target),
            })}
            value={cells.get(key) ?? null}
            onChange={(value) => setCells((previous) => new Map(previous).set(key, value ?? null))}
          />
        );
      },
    })),
  ];

  const save = () => {
    const targets = planFromCells(
      cells,
      rows.map((r) => r.townshipId),
      planColumns,
    );
    if (targets.length > MAX_TARGETS) {
      setError(t('ranking.plan.tooMany', { max: MAX_TARGETS }));
      return;
    }
    setError(undefined);
    setPlan.mutate(targets, {
      onSuccess: () => {
        void message.success(t('ranking.plan.saved'));
        onClose();
      },
      onError: (err) => setError(t('common.actionFailed', { reason: translateError(t, err) })),
    });
  };

  return (
    <Modal
      open={open}
      width={Math.min(1180, 220 + planColumns.length * 88)}
      title={t('ranking.plan.title')}
      okText={t('ranking.plan.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setPlan.isPending}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('ranking.plan.intro')}</Typography.Paragraph>
      <div data-testid="plan-table">
        <Table<PlanRow>
          rowKey="key"
          size="small"
          bordered
          pagination={false}
          columns={columns}
          dataSource={rows}
          // A province lists over a thousand townships: render only the rows in view.
          virtual={rows.length > 60}
          scroll={{ x: 120 + planColumns.length * 88, y: 360 }}
        />
      </div>
      {error && <Alert type="error" showIcon title={error} className="xp-rank-alert" />}
    </Modal>
  );
}
