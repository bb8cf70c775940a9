import { Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/domain/views';
import { campaignHref } from '../../app/routes';
import { DeleteCampaignButton } from './DeleteCampaignButton';

export interface CampaignTableProps {
  campaigns: CampaignSummary[];
}

export function CampaignTable({ campaigns }: CampaignTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CampaignSummary> = [
    {
      key: 'name',
      title: t('campaigns.colName'),
      render: (_, c) => (
        <Space size="small" wrap>
          <a href={campaignHref(c.id)}>{c.name}</a>
          {c.isDemo && <Tag color="gold">{t('campaigns.demoTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'year', title: t('campaigns.colYear'), dataIndex: 'year', width: 90 },
    { key: 'county', title: t('campaigns.colCounty'), dataIndex: 'countyName' },
    { key: 'rubric', title: t('campaigns.colRubric'), dataIndex: 'rubricName', ellipsis: true },
    {
      key: 'branches',
      title: t('campaigns.colBranches'),
      dataIndex: 'branchCount',
      align: 'right',
      width: 100,
    },
    {
      key: 'actions',
      title: t('campaigns.colActions'),
      width: 100,
      render: (_, c) => <DeleteCampaignButton campaign={c} />,
    },
  ];
  return (
    <Table<CampaignSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={campaigns}
      pagination={campaigns.length > 20 ? { pageSize: 20 } : false}
    />
  );
}
