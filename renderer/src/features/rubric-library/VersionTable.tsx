import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricVersionSummary } from '../../../../shared/domain/views';
import { rubricEditHref } from '../../app/routes';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { ExportButtons } from './ExportButtons';
import type { VersionRow } from './versionGroups';
import { groupVersions } from './versionGroups';

export interface VersionTableProps {
  versions: RubricVersionSummary[];
  onView: (version: RubricVersionSummary) => void;
}

/** Every rubric version, grouped by lineage (the versions of one rubric over the years). */
export function VersionTable({ versions, onView }: VersionTableProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const rows = useMemo(() => groupVersions(versions, language), [versions, language]);
  const columns: TableColumnsType<VersionRow> = [
    {
      key: 'lineage',
      title: t('rubricLibrary.colRubric'),
      width: 250,
      onCell: (row) => ({ rowSpan: row.span }),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{row.lineageName}</Typography.Text>
          {row.span > 1 && (
            <Typography.Text type="secondary">
              {t('rubricLibrary.versionCount', { count: row.span })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'version',
      title: t('rubricLibrary.colVersion'),
      width: 190,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={row.latest ? 'red' : undefined}>
            {t('rubric.version', { version: row.version })}
          </Tag>
          {row.name !== row.lineageName && <Typography.Text>{row.name}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'scheme',
      title: t('rubricLibrary.colScheme'),
      width: 100,
      render: (_, row) => t(`scheme.${row.scheme}`),
    },
    {
      key: 'max',
      title: t('rubricLibrary.colMax'),
      width: 70,
      align: 'right',
      render: (_, row) => formatCenti(row.max),
    },
    {
      key: 'status',
      title: t('rubricLibrary.colStatus'),
      width: 170,
      render: (_, row) => (
        <Space size={4} wrap>
          {row.frozen ? (
            <Tag color="blue">{t('rubric.frozen')}</Tag>
          ) : (
            <Tag color="green">{t('rubricLibrary.editable')}</Tag>
          )}
          {row.isDemo && <Tag color="gold">{t('rubric.demoTag')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'campaigns',
      title: t('rubricLibrary.colCampaigns'),
      width: 90,
      align: 'right',
      render: (_, row) => (
        <span className="xp-count" data-testid={`campaign-count-${row.id}`}>
          {row.campaigns}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('rubricLibrary.colActions'),
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => onView(row)}>
            {t('rubricLibrary.view')}
          </Button>
          <Button
            type="link"
            size="small"
            href={rubricEditHref(row.id)}
            aria-label={t('rubricLibrary.editAria', { name: row.name, version: row.version })}
          >
            {t('rubricLibrary.edit')}
          </Button>
          <ExportButtons version={row} />
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="rubric-versions">
      <Table<VersionRow>
        rowKey="id"
        size="middle"
        bordered
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
    </div>
  );
}
