import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../../app/sessionState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { BranchBrowser } from './BranchBrowser';
import type { RegistryDialog } from './registryDialog';
import { RegistryDialogs } from './RegistryDialogs';
import type { RegistryScope } from './registryScope';
import { scopeStateKey } from './registryScope';
import { useRegistryTree } from './useRegistry';

export interface RegistryScreenProps {
  scope: RegistryScope;
  title: string;
  /** Under the title; the county's name when left out. */
  subtitle?: string;
  /** More buttons in the header (the county page's import and settings). */
  extra?: ReactNode;
  /** Shown above the tree (the county page's settings card). */
  children?: ReactNode;
}

/** The branch registry of a county, in a campaign or on its own: browse, search, change. */
export function RegistryScreen(props: RegistryScreenProps) {
  const { scope, title, subtitle, extra, children } = props;
  const { t } = useTranslation();
  const tree = useRegistryTree(scope);
  // Kept for the session: scoring a branch from here and coming back keeps it selected.
  const [selectedKey, setSelectedKey] = useSessionState<string | undefined>(
    `branches/${scopeStateKey(scope)}/selected`,
    undefined,
  );
  const [dialog, setDialog] = useState<RegistryDialog>();
  const [checked, setChecked] = useState<string[]>([]);
  const townshipId = selectedKey?.startsWith('township:')
    ? selectedKey.slice('township:'.length)
    : undefined;
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle ?? tree.data?.countyName}
        extra={
          <Space wrap>
            {extra}
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
      {children}
      <QueryView query={tree} rows={12}>
        {(data) => (
          <>
            <BranchBrowser
              scope={scope}
              townships={data.townships}
              selectedKey={selectedKey}
              onSelect={setSelectedKey}
              onDialog={setDialog}
              checked={checked}
              onCheck={setChecked}
            />
            <RegistryDialogs
              scope={scope}
              townships={data.townships}
              dialog={dialog}
              onClose={(result) => {
                setDialog(undefined);
                if (result?.select) setSelectedKey(result.select);
                if (result?.cleared) setSelectedKey(undefined);
                // A bulk action is done with its selection.
                if (result?.bulkDone) setChecked([]);
              }}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
