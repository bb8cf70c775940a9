import { Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  BranchImportRow,
  BranchImportStatus,
} from '../../../../shared/domain/views/branch-import';
import { problemMessage, problemPlace } from './problemText';

const STATUS_COLOR: Record<BranchImportStatus, string> = {
  new: 'green',
  update: 'orange',
  same: 'default',
  skipped: 'default',
  duplicate: 'gold',
  error: 'red',
};

export interface PreviewTableProps {
  rows: BranchImportRow[];
}

/** One line per file row, paginated: a province list has tens of thousands. */
export function PreviewTable({ rows }: PreviewTableProps) {
  const { t } = useTranslation();
  const typeName = (row: BranchImportRow) =>
    row.branchType === null ? row.typeText : t(`branchType.${row.branchType}`);

  const note = (row: BranchImportRow) => {
    if (row.status === 'error')
      return (
        <ul className="xp-bi-problems">
          {row.problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>
              <Typography.Text strong>{problemPlace(t, p)}</Typography.Text> {problemMessage(t, p)}
            </li>
          ))}
        </ul>
      );
    if (row.status === 'skipped' && row.skipReason)
      return t(`branchImport.skipReason.${row.skipReason}`);
    if (row.status === 'duplicate') return t('branchImport.duplicateOf', { row: row.duplicateOf });
    const notes: string[] = [];
    if (row.status === 'update' && row.currentType && row.branchType)
      notes.push(
        t('branchImport.typeChange', {
          from: t(`branchType.${row.currentType}`),
          to: t(`branchType.${row.branchType}`),
        }),
      );
    if (row.townshipFilled) notes.push(t('branchImport.filled'));
    if (row.enrol) notes.push(t('branchImport.willEnrol'));
    return notes.join(' · ');
  };

  const columns: TableColumnsType<BranchImportRow> = [
    { key: 'row', title: t('branchImport.columns.row'), dataIndex: 'row', width: 64 },
    {
      key: 'status',
      title: t('branchImport.columns.status'),
      width: 110,
      render: (_, row) => (
        <Tag color={STATUS_COLOR[row.status]}>{t(`branchImport.status.${row.status}`)}</Tag>
      ),
    },
    {
      key: 'township',
      title: t('branchImport.columns.township'),
      render: (_, row) => (
        <Space size={4}>
          <span>{row.township}</span>
          {row.newTownship && row.status === 'new' && (
            <Tag variant="filled" color="blue">
              {t('branchImport.newTownship')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'name',
      title: t('branchImport.columns.name'),
      render: (_, row) => (
        <Space size={4} wrap>
          <span>{row.name}</span>
          {row.matchedName !== undefined && (
            <Tag color="gold" data-testid="possible-duplicate">
              {t('branchImport.possibleDuplicate', { name: row.matchedName })}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'type',
      title: t('branchImport.columns.type'),
      width: 90,
      render: (_, r) => typeName(r),
    },
    { key: 'note', title: t('branchImport.columns.note'), render: (_, row) => note(row) },
  ];

  return (
    <Table<BranchImportRow>
      size="small"
      rowKey="row"
      data-testid="branch-import-preview"
      columns={columns}
      dataSource={rows}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [50, 100, 200] }}
      scroll={{ y: 'calc(100vh - 520px)' }}
    />
  );
}
