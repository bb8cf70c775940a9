import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../../shared/domain/views/exchange';
import { translateError } from '../../i18n/translateError';
import { columnLabel, rowWhere, valueText } from './labels';
import { useResolveConflict } from './mutations';
import { useConflicts } from './queries';

/**
 * 待裁定: values two laptops changed apart. The first side is the one shown now (the latest
 * change); choosing a side keeps it on every laptop the choice reaches. A new value is set on
 * the record's own screen, which settles the cell too.
 */
export function ConflictsCard() {
  const { t, i18n } = useTranslation();
  const conflicts = useConflicts();
  const resolve = useResolveConflict();
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const columns: TableColumnsType<ConflictView> = [
    { key: 'where', title: t('exchange.conflicts.where'), render: (_, row) => rowWhere(t, row) },
    {
      key: 'column',
      title: t('exchange.conflicts.column'),
      render: (_, row) => columnLabel(t, row.col),
    },
    {
      key: 'sides',
      title: t('exchange.conflicts.sides'),
      render: (_, row) => (
        <Space orientation="vertical" size={4}>
          {row.sides.map((side, index) => (
            <Space key={side.op} wrap data-testid="conflict-side">
              <Tag color={index === 0 ? 'orange' : 'default'}>
                {index === 0 ? t('exchange.conflicts.shown') : t('exchange.conflicts.other')}
              </Tag>
              <Typography.Text strong>{valueText(t, row.tbl, row.col, side.value)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('exchange.conflicts.by', { actor: side.actor, at: time(side.at) })}
              </Typography.Text>
              <Button
                size="small"
                loading={resolve.isPending && resolve.variables?.op === side.op}
                onClick={() =>
                  resolve.mutate({ tbl: row.tbl, rowKey: row.rowKey, col: row.col, op: side.op })
                }
                data-testid="conflict-choose"
              >
                {t('exchange.conflicts.choose')}
              </Button>
            </Space>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={
        <Space>
          {t('exchange.conflicts.title')}
          {conflicts.data && conflicts.data.length > 0 && (
            <Tag color="orange">
              {t('exchange.conflicts.count', { count: conflicts.data.length })}
            </Tag>
          )}
        </Space>
      }
      data-testid="conflicts-card"
    >
      <Typography.Paragraph type="secondary">{t('exchange.conflicts.text')}</Typography.Paragraph>
      {resolve.isError && (
        <Alert type="error" showIcon message={translateError(t, resolve.error)} />
      )}
      {conflicts.isError && (
        <Alert type="error" showIcon message={translateError(t, conflicts.error)} />
      )}
      <Table
        rowKey={(row) => `${row.tbl}|${row.rowKey}|${row.col}`}
        columns={columns}
        dataSource={conflicts.data ?? []}
        loading={conflicts.isPending}
        pagination={false}
        size="small"
        locale={{ emptyText: t('exchange.conflicts.none') }}
        data-testid="conflicts-table"
      />
    </Card>
  );
}
