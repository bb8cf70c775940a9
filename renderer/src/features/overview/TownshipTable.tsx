import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TownshipCount } from '../../../../shared/domain/views';

export interface TownshipTableProps {
  townships: TownshipCount[];
}

type CountKey = 'branches' | 'rural' | 'community' | 'other';
const COUNT_KEYS: CountKey[] = ['branches', 'rural', 'community', 'other'];

export function TownshipTable({ townships }: TownshipTableProps) {
  const { t } = useTranslation();
  const countTitles: Record<CountKey, string> = {
    branches: t('overview.colBranches'),
    rural: t('overview.colRural'),
    community: t('overview.colCommunity'),
    other: t('overview.colOther'),
  };
  const columns: TableColumnsType<TownshipCount> = [
    { key: 'name', title: t('overview.colTownship'), dataIndex: 'name' },
    { key: 'kind', title: t('overview.colUnitKind'), render: (_, r) => t(`unitKind.${r.kind}`) },
    ...COUNT_KEYS.map((key) => ({
      key,
      title: countTitles[key],
      dataIndex: key,
      align: 'right' as const,
    })),
  ];
  const total = (key: CountKey) => townships.reduce((sum, row) => sum + row[key], 0);
  return (
    <Card title={t('overview.townshipsTitle')}>
      <Table<TownshipCount>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={townships}
        pagination={false}
        locale={{ emptyText: t('overview.noTownships') }}
        summary={() =>
          townships.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <strong>{t('common.total')}</strong>
              </Table.Summary.Cell>
              {COUNT_KEYS.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 2} align="right">
                  <strong>{total(key)}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}
