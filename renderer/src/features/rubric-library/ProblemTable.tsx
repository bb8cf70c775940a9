import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricProblem } from '../../../../shared/domain/views';
import { problemText } from '../rubric-editor/translateProblem';

interface ProblemRow extends RubricProblem {
  index: number;
}

export interface ProblemTableProps {
  problems: RubricProblem[];
}

/** Every problem of an imported file with its spreadsheet row, so it can be fixed in Excel. */
export function ProblemTable({ problems }: ProblemTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<ProblemRow> = [
    {
      key: 'row',
      title: t('rubricLibrary.colRow'),
      width: 70,
      align: 'right',
      render: (_, p) => p.row ?? '—',
    },
    { key: 'code', title: t('rubricLibrary.colProblemCode'), dataIndex: 'code', width: 170 },
    { key: 'at', title: t('rubricLibrary.colAt'), dataIndex: 'at', width: 150 },
    { key: 'text', title: t('rubricLibrary.colProblem'), render: (_, p) => problemText(i18n, p) },
  ];
  return (
    <div data-testid="import-problems">
      <Table<ProblemRow>
        rowKey="index"
        size="small"
        columns={columns}
        dataSource={problems.map((p, index) => ({ ...p, index }))}
        pagination={problems.length > 50 ? { pageSize: 50 } : false}
        scroll={{ y: 320 }}
      />
    </div>
  );
}
