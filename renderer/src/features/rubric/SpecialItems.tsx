import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { describeGate, describeVeto } from './describeRule';
import { ItemTypeTag } from './ItemTypeTag';
import { levelName } from '../../../../shared/domain/level-name';
import { localizedName } from './localizedName';
import type { RubricRow } from './rubricRows';
import { buildRubricRows } from './rubricRows';

export interface SpecialItemsProps {
  definition: RubricDefinition;
}

function itemRows(rows: RubricRow[]): RubricRow[] {
  return rows.flatMap((row) => (row.children ? itemRows(row.children) : row.item ? [row] : []));
}

/** Vetoes and gates decide levels without points, so they are listed apart from the table. */
export function SpecialItems({ definition }: SpecialItemsProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const levelLabel = (level: number) => levelName(t, definition, level, language);
  const rows = itemRows(buildRubricRows(definition)).filter(
    (row) => row.item?.type === 'veto' || row.item?.type === 'gate',
  );
  const columns: TableColumnsType<RubricRow> = [
    { key: 'code', title: t('rubric.colCode'), dataIndex: 'code', width: 110 },
    { key: 'name', title: t('rubric.colName'), render: (_, row) => localizedName(row, language) },
    {
      key: 'type',
      title: t('rubric.colType'),
      width: 110,
      render: (_, row) => row.item && <ItemTypeTag type={row.item.type} />,
    },
    {
      key: 'effect',
      title: t('rubric.colEffect'),
      render: (_, row) =>
        row.item?.type === 'gate'
          ? describeGate(t, row, language, levelLabel)
          : describeVeto(t, row, language, levelLabel),
    },
  ];
  return (
    <div data-testid="rubric-special-items">
      <Table<RubricRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('rubric.noSpecialItems') }}
      />
    </div>
  );
}
