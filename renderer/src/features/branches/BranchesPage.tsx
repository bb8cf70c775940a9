import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../../app/sessionState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BranchBrowser } from './BranchBrowser';
import type { RegistryDialog } from './registryDialog';
import { RegistryDialogs } from './RegistryDialogs';
import { useRegistryTree } from './useRegistry';

export interface BranchesPageProps {
  campaignId: string;
}

/** The branch registry of the campaign's county: browse, search and change the tree. */
export function BranchesPage({ campaignId }: BranchesPageProps) {
  const { t } = useTranslation();
  const tree = useRegistryTree(campaignId);
  // Kept for the session: scoring a branch from here and coming back keeps it selected.
  const [selectedKey, setSelectedKey] = useSessionState<string | undefined>(
    `branches/${campaignId}/selected`,
    undefined,
  );
  const [dialog, setDialog] = useState<RegistryDialog>();
  const townshipId = selectedKey?.startsWith('township:')
    ? selectedKey.slice('township:'.length)
    : undefined;
  return (
    <>
      <PageHeader
        title={t('nav.branches')}
        subtitle={tree.data?.countyName}
        extra={
          <Space>
            <Button
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'addTownship' })}
              data-testid="add-township"
            >
              {t('branchRegistry.addTownship')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!tree.data || tree.data.townships.length === 0}
              onClick={() => setDialog({ kind: 'addBranch', townshipId })}
              data-testid="add-branch"
            >
              {t('branchRegistry.addBranch')}
            </Button>
          </Space>
        }
      />
      <QueryView query={tree} rows={12}>
        {(data) => (
          <>
            <BranchBrowser
              campaignId={campaignId}
              townships={data.townships}
              selectedKey={selectedKey}
              onSelect={setSelectedKey}
              onDialog={setDialog}
            />
            <RegistryDialogs
              campaignId={campaignId}
              townships={data.townships}
              dialog={dialog}
              onClose={(result) => {
                setDialog(undefined);
                if (result?.select) setSelectedKey(result.select);
                if (result?.cleared) setSelectedKey(undefined);
              }}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
