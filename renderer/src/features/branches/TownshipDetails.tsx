import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegistryTownship } from '../../../../shared/domain/views';
import type { RegistryDialog } from './registryDialog';

export interface TownshipDetailsProps {
  township: RegistryTownship;
  onDialog: (dialog: RegistryDialog) => void;
}

export function TownshipDetails({ township, onDialog }: TownshipDetailsProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('branchRegistry.townshipTitle')} data-testid="township-details">
      <Space orientation="vertical" size="large" className="xp-fill">
        <Descriptions
          column={1}
          bordered
          size="middle"
          items={[
            { key: 'name', label: t('branchRegistry.fieldName'), children: township.name },
            {
              key: 'kind',
              label: t('branchRegistry.fieldKind'),
              children: t(`unitKind.${township.kind}`),
            },
            {
              key: 'branches',
              label: t('branchRegistry.townshipBranches'),
              children: township.branches.length,
            },
          ]}
        />
        <Space wrap>
          <Button
            icon={<EditOutlined />}
            onClick={() => onDialog({ kind: 'renameTownship', township })}
            data-testid="township-rename"
          >
            {t('branchRegistry.renameTownship')}
          </Button>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onDialog({ kind: 'addBranch', townshipId: township.id })}
            data-testid="township-add-branch"
          >
            {t('branchRegistry.addBranchHere')}
          </Button>
          <Tooltip
            title={township.deletable ? undefined : t('branchRegistry.deleteTownshipDisabled')}
          >
            <Button
              danger
              icon={<DeleteOutlined />}
              disabled={!township.deletable}
              onClick={() => onDialog({ kind: 'deleteTownship', township })}
              data-testid="township-delete"
            >
              {t('branchRegistry.delete')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
    </Card>
  );
}
