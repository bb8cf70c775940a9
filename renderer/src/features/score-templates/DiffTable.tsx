import { Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  TemplateCellDiff,
  TemplateCellStatus,
} from '../../../../shared/domain/views/score-templates';
import { isEntryRefusal } from '../../../../shared/domain/entry-refusal';
import { refusalText } from '../../i18n/refusalText';
import { dynamicText } from './dynamicText';

const COLORS: Record<TemplateCellStatus, string> = {
  new: 'green',
  changed: 'blue',
  unchanged: 'default',
  conflict: 'orange',
  invalid: 'red',
};

export interface DiffTableProps {
  cells: TemplateCellDiff[];
}

/** Every filled-in cell: where it is, what is stored, what the file says and any problem. */
export function DiffTable({ cells }: DiffTableProps) {
  const { t } = useTranslation();
  const note = (c: TemplateCellDiff): string => {
    const code = c.problem?.code;
    // The entry rule's refusals read the same on every path; an option not found quotes the
    // cell instead, which only the workbook can show.
    if (c.problem && isEntryRefusal(code) && code !== 'unknown-option') {
      const { max, step } = c.problem.params ?? {};
      return refusalText(
        t,
        {
          problem: code,
          ...(typeof max === 'number' ? { max } : {}),
          ...(typeof step === 'number' ? { step } : {}),
        },
        `${c.itemCode} ${c.itemName}`,
      );
    }
    if (c.problem)
      return dynamicText(t, `scoreTemplates.problems.${c.problem.code}`, {
        text: '',
        max: '',
        step: '',
        options: '',
        ...c.problem.params,
      });
    if (c.conflict === 'submitted') return t('scoreTemplates.conflictSubmitted');
    if (c.conflict) return t('scoreTemplates.conflictChanged');
    return '';
  };
  const columns: TableColumnsType<TemplateCellDiff> = [
    {
      key: 'status',
      title: t('scoreTemplates.colStatus'),
      width: 90,
      render: (_, c) => (
        <Tag color={COLORS[c.status]}>{t(`scoreTemplates.status.${c.status}`)}</Tag>
      ),
    },
    {
      key: 'where',
      title: t('scoreTemplates.colWhere'),
      width: 170,
      render: (_, c) => (
        <Typography.Text code>
          {t('scoreTemplates.where', { sheet: c.sheet, cell: c.cell })}
        </Typography.Text>
      ),
    },
    {
      key: 'branch',
      title: t('scoreTemplates.colBranch'),
      render: (_, c) => `${c.townshipName} ${c.branchName}`,
    },
    {
      key: 'item',
      title: t('scoreTemplates.colItem'),
      render: (_, c) => `${c.itemCode} ${c.itemName}`,
    },
    { key: 'old', title: t('scoreTemplates.colOld'), dataIndex: 'oldText', width: 110 },
    { key: 'new', title: t('scoreTemplates.colNew'), dataIndex: 'newText', width: 110 },
    {
      key: 'note',
      title: t('scoreTemplates.colNote'),
      render: (_, c) => (
        <Typography.Text type={c.problem ? 'danger' : 'warning'}>{note(c)}</Typography.Text>
      ),
    },
  ];
  return (
    <Table<TemplateCellDiff>
      size="small"
      rowKey={(c) => `${c.sheet}!${c.cell}`}
      columns={columns}
      dataSource={cells}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      data-testid="template-diff-table"
    />
  );
}
