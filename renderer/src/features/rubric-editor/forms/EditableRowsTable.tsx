import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RowColumn<T> {
  key: string;
  title?: ReactNode;
  width?: number;
  render: (row: T, index: number) => ReactNode;
}

export interface EditableRowsTableProps<T> {
  rows: T[];
  columns: RowColumn<T>[];
  onChange: (next: T[], field: string) => void;
  newRow: () => T;
  maxRows: number;
  addLabel: string;
  help?: string;
  emptyText?: string;
  testId?: string;
}

/** Replaces row `index` and names the changed field as `<prefix><index>.<field>`. */
export function rowUpdater<T>(
  rows: T[],
  onChange: (next: T[], field: string) => void,
  prefix: string,
): (index: number, row: T, field: string) => void {
  return (index, row, field) =>
    onChange(
      rows.map((r, at) => (at === index ? row : r)),
      `${prefix}${index}.${field}`,
    );
}

/**
 * The list editors of the rubric editor (bands, quotas, options, level names): a small table
 * with the caller's columns, a remove button per row and an add button under it.
 */
export function EditableRowsTable<T>({
  rows,
  columns,
  onChange,
  newRow,
  maxRows,
  addLabel,
  help,
  emptyText,
  testId,
}: EditableRowsTableProps<T>) {
  const { t } = useTranslation();
  const tableColumns: TableColumnsType<{ row: T; index: number }> = [
    ...columns.map((c) => ({
      key: c.key,
      title: c.title,
      width: c.width,
      render: (_: unknown, { row, index }: { row: T; index: number }) => c.render(row, index),
    })),
    {
      key: 'remove',
      width: 44,
      render: (_, { index }) => (
        <Button
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('rubricEditor.removeRow', { n: index + 1 })}
          onClick={() =>
            onChange(
              rows.filter((_, at) => at !== index),
              'remove',
            )
          }
        />
      ),
    },
  ];
  return (
    <div className="xp-editor-table" data-testid={testId}>
      {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      <Table<{ row: T; index: number }>
        rowKey="index"
        size="small"
        columns={tableColumns}
        dataSource={rows.map((row, index) => ({ row, index }))}
        pagination={false}
        locale={emptyText === undefined ? undefined : { emptyText }}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={rows.length >= maxRows}
        onClick={() => onChange([...rows, newRow()], 'add')}
      >
        {addLabel}
      </Button>
    </div>
  );
}
