import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Key } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { describeRule } from './describeRule';
import { ItemTypeTag } from './ItemTypeTag';
import { levelName } from '../../../../shared/domain/level-name';
import { localizedName } from './localizedName';
import type { RubricRow } from './rubricRows';
import { buildRubricRows, expandableKeys } from './rubricRows';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

export interface RubricTableProps {
  definition: RubricDefinition;
}

function maxText(row: RubricRow): string {
  // Vetoes carry no points; bonus points come on top of the maximum, hence the sign.
  if (row.item?.type === 'veto' || row.item?.type === 'gate') return '—';
  if (row.item?.type === 'bonus') return `+${formatCenti(row.max)}`;
  return formatCenti(row.max);
}

export function RubricTable({ definition }: RubricTableProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const rows = useMemo(() => buildRubricRows(definition), [definition]);
  const allKeys = useMemo(() => expandableKeys(rows), [rows]);
  // Fully open by default: it should read like the printed 评分细则 people know.
  const [expanded, setExpanded] = useState<readonly Key[]>(allKeys);

  const columns: TableColumnsType<RubricRow> = [
    { key: 'code', title: t('rubric.colCode'), dataIndex: 'code', width: 150 },
    {
      key: 'name',
      title: t('rubric.colName'),
      width: '28%',
      render: (_, row) =>
        row.level === 'item' ? (
          localizedName(row, language)
        ) : (
          <Typography.Text strong>{localizedName(row, language)}</Typography.Text>
        ),
    },
    {
      key: 'type',
      title: t('rubric.colType'),
      width: 110,
      render: (_, row) =>
        row.item ? (
          <ItemTypeTag type={row.item.type} />
        ) : (
          <Tag variant="filled">
            {row.level === 'dimension' ? t('rubric.levelDimension') : t('rubric.levelIndicator')}
          </Tag>
        ),
    },
    {
      key: 'max',
      title: t('rubric.colMax'),
      width: 80,
      align: 'right',
      render: (_, row) => <span className="xp-nowrap">{maxText(row)}</span>,
    },
    {
      key: 'rule',
      title: t('rubric.colRule'),
      render: (_, row) => {
        const text = describeRule(t, row, language, (level) =>
          levelName(t, definition, level, language),
        );
        return (
          <Typography.Paragraph
            className={row.item?.type === 'veto' ? 'xp-rule xp-rule-veto' : 'xp-rule'}
            ellipsis={{
              rows: 2,
              // Guidance runs to several sentences; antd's default tooltip width wraps it too narrow.
              tooltip: { title: text, placement: 'topLeft', styles: { root: { maxWidth: 520 } } },
            }}
          >
            {text}
          </Typography.Paragraph>
        );
      },
    },
  ];

  return (
    <Card
      title={t('rubric.tableTitle')}
      extra={
        <Space>
          <Button size="small" onClick={() => setExpanded(allKeys)}>
            {t('rubric.expandAll')}
          </Button>
          <Button size="small" onClick={() => setExpanded([])}>
            {t('rubric.collapseAll')}
          </Button>
        </Space>
      }
    >
      {/* antd's Table does not pass data-* attributes on, so the test id sits on a wrapper. */}
      <div data-testid="rubric-table">
        <Table<RubricRow>
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          rowClassName={(row) => `xp-rubric-${row.level}`}
          expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
        />
      </div>
    </Card>
  );
}
