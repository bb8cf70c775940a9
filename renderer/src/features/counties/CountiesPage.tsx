import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyView } from '../../../../shared/domain/views';
import { useCounties } from '../../api/queries';
import { countyHref } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { CountyFormModal } from './CountyFormModal';

/** Every county in the data file: one's own first, the demo's marked. */
export function CountiesPage() {
  const { t } = useTranslation();
  const counties = useCounties();
  const [creating, setCreating] = useState(false);
  const columns: TableColumnsType<CountyView> = [
    {
      key: 'name',
      title: t('county.fieldName'),
      render: (_, c) => (
        <Space size="small">
          <a href={countyHref(c.id)}>{c.name}</a>
          {c.isDemo && <Tag color="gold">{t('campaigns.demoTag')}</Tag>}
        </Space>
      ),
    },
    { key: 'code', title: t('county.fieldCode'), render: (_, c) => c.code ?? '—', width: 140 },
    {
      key: 'department',
      title: t('county.fieldDepartment'),
      render: (_, c) => c.department ?? t('county.departmentDefault', { county: c.name }),
    },
    { key: 'townships', title: t('county.colTownships'), dataIndex: 'townships', align: 'right' },
    { key: 'branches', title: t('county.colBranches'), dataIndex: 'branches', align: 'right' },
    { key: 'campaigns', title: t('county.colCampaigns'), dataIndex: 'campaigns', align: 'right' },
  ];
  return (
    <>
      <PageHeader
        title={t('county.listTitle')}
        subtitle={t('county.listSubtitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="county-create"
          >
            {t('county.create')}
          </Button>
        }
      />
      <QueryView query={counties}>
        {(list) => (
          <Card>
            {list.length === 0 ? (
              <Empty description={t('county.none')} />
            ) : (
              <Table<CountyView>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={list}
                pagination={false}
                data-testid="county-table"
              />
            )}
          </Card>
        )}
      </QueryView>
      {creating && (
        <CountyFormModal
          onClose={(created) => {
            setCreating(false);
            if (created) navigate(countyHref(created.id));
          }}
        />
      )}
    </>
  );
}
