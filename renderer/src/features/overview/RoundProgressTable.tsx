import { Card, Progress, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundProgress } from '../../../../shared/domain/views';

export interface RoundProgressTableProps {
  rounds: RoundProgress[];
  /** Branches in the campaign: the denominator of "branches scored". */
  branchTotal: number;
}

export function RoundProgressTable({ rounds, branchTotal }: RoundProgressTableProps) {
  const { t } = useTranslation();
  const percent = (r: RoundProgress) =>
    branchTotal > 0 ? Math.round((r.branchesScored / branchTotal) * 100) : 0;
  const columns: TableColumnsType<RoundProgress> = [
    {
      key: 'name',
      title: t('overview.colRound'),
      render: (_, r) => (
        <>
          {r.name}
          {r.isDeciding && (
            <Tag color="red" className="xp-tag-gap">
              {t('overview.deciding')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'kind', title: t('overview.colKind'), render: (_, r) => t(`roundKind.${r.kind}`) },
    {
      key: 'started',
      title: t('overview.colSheetsStarted'),
      dataIndex: 'sheetsStarted',
      align: 'right',
    },
    {
      key: 'submitted',
      title: t('overview.colSheetsSubmitted'),
      dataIndex: 'sheetsSubmitted',
      align: 'right',
    },
    {
      key: 'scored',
      title: t('overview.colBranchesScored'),
      align: 'right',
      render: (_, r) => (
        <span className="xp-nowrap">
          {r.branchesScored} / {branchTotal}
        </span>
      ),
    },
    {
      key: 'progress',
      title: t('overview.colProgress'),
      width: 220,
      render: (_, r) => <Progress percent={percent(r)} size="small" />,
    },
  ];
  return (
    <Card title={t('overview.roundsTitle')}>
      <Table<RoundProgress>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...rounds].sort((a, b) => a.seq - b.seq)}
        pagination={false}
        locale={{ emptyText: t('overview.noRounds') }}
      />
    </Card>
  );
}
