import { SearchOutlined } from '@ant-design/icons';
import { Card, Checkbox, Col, Empty, Input, Row, Space, Typography } from 'antd';
import type { Key } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchNode, RegistryTownship } from '../../../../shared/domain/views';
import { BranchDetails } from './BranchDetails';
import { BranchTree } from './BranchTree';
import { BulkBar } from './BulkBar';
import {
  buildInitialsIndex,
  countBranches,
  filterTownships,
  findBranch,
  normalizeQuery,
  townshipKey,
  visibleTownships,
} from './filterBranches';
import type { RegistryDialog } from './registryDialog';
import type { RegistryScope } from './registryScope';
import { scopeCampaignId, scopeStateKey } from './registryScope';
import { TownshipDetails } from './TownshipDetails';
import { useSessionState } from '../../app/sessionState';

export interface BranchBrowserProps {
  scope: RegistryScope;
  townships: RegistryTownship[];
  selectedKey: string | undefined;
  onSelect: (key: string | undefined) => void;
  onDialog: (dialog: RegistryDialog) => void;
  /** Checked tree keys (`branch:<id>`, `township:<id>`), kept by the screen across dialogs. */
  checked: string[];
  onCheck: (keys: string[]) => void;
}

/**
 * Directory on the left, details of the selected township or branch on the right. Branches can
 * also be checked (a township's box checks all its branches) for bulk actions.
 */
export function BranchBrowser(props: BranchBrowserProps) {
  const { scope, townships, selectedKey, onSelect, onDialog, checked, onCheck } = props;
  const campaignId = scopeCampaignId(scope);
  const { t } = useTranslation();
  // The search and the archived switch survive a visit to a score sheet and back.
  const [query, setQuery] = useSessionState(`branches/${scopeStateKey(scope)}/query`, '');
  const [showArchived, setShowArchived] = useSessionState(
    `branches/${scopeStateKey(scope)}/archived`,
    false,
  );
  // Pinyin initials once per tree load; typing only filters.
  const index = useMemo(() => buildInitialsIndex(townships), [townships]);
  const listed = useMemo(
    () => visibleTownships(townships, showArchived),
    [townships, showArchived],
  );
  const shown = useMemo(() => filterTownships(listed, query, index), [listed, query, index]);
  // Everything open at first: a county has a few hundred branches, a scroll is cheaper than clicks.
  const allKeys = useMemo(() => townships.map((tw) => townshipKey(tw.id)), [townships]);
  const [collapsedKeys, setCollapsedKeys] = useSessionState<string[]>(
    `branches/${scopeStateKey(scope)}/collapsed`,
    [],
  );
  const collapsed = useMemo(() => new Set<Key>(collapsedKeys), [collapsedKeys]);
  const [bulk, setBulk] = useState(false);
  // Only branches still in the tree count: a deleted one drops out of the selection.
  const checkedBranches = useMemo(() => {
    const ids = new Set(checked.filter((k) => k.startsWith('branch:')).map((k) => k.slice(7)));
    return townships.flatMap((tw) => tw.branches).filter((b: BranchNode) => ids.has(b.id));
  }, [checked, townships]);
  // Derived rather than stored, so a township added later is open too; a search opens matches.
  const searching = normalizeQuery(query) !== '';
  const expandedKeys = searching
    ? shown.map((tw) => townshipKey(tw.id))
    : allKeys.filter((key) => !collapsed.has(key));

  const onExpand = (keys: Key[]) => {
    if (searching) return;
    const open = new Set(keys);
    setCollapsedKeys(allKeys.filter((key) => !open.has(key)));
  };

  const summary = searching
    ? t('branches.matches', { found: countBranches(shown) })
    : t('branches.summary', { townships: listed.length, branches: countBranches(listed) });

  const selectedBranch = selectedKey?.startsWith('branch:')
    ? findBranch(townships, selectedKey.slice('branch:'.length))
    : undefined;
  const selectedTownship = selectedKey?.startsWith('township:')
    ? townships.find((tw) => townshipKey(tw.id) === selectedKey)
    : undefined;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={13} xl={12}>
        <Card title={t('branches.treeTitle')}>
          <Space orientation="vertical" size="small" className="xp-fill">
            <Input
              data-testid="branch-search"
              aria-label={t('branches.searchLabel')}
              placeholder={t('branchRegistry.searchPlaceholder')}
              prefix={<SearchOutlined />}
              allowClear
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <Space wrap>
              <Checkbox
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
                data-testid="show-archived"
              >
                {t('branchRegistry.showArchived')}
              </Checkbox>
              <Checkbox
                checked={bulk}
                onChange={(e) => {
                  setBulk(e.target.checked);
                  if (!e.target.checked) onCheck([]);
                }}
                data-testid="bulk-mode"
              >
                {t('branchRegistry.bulk.mode')}
              </Checkbox>
            </Space>
          </Space>
          <div className="xp-tree-summary" aria-live="polite">
            <Typography.Text type="secondary">{summary}</Typography.Text>
          </div>
          {bulk && checkedBranches.length > 0 && (
            <BulkBar
              selected={checkedBranches}
              inCampaign={campaignId !== undefined}
              onAction={(action, branches) => onDialog({ kind: 'bulk', action, branches })}
              onClear={() => onCheck([])}
            />
          )}
          <div data-testid="branch-tree" className="xp-tree-scroll">
            {townships.length === 0 ? (
              <Empty description={t('branches.empty')} />
            ) : shown.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('branches.noMatch', { query: query.trim() })}
                data-testid="branch-no-match"
              />
            ) : (
              <BranchTree
                townships={shown}
                query={query}
                index={index}
                expandedKeys={expandedKeys}
                onExpand={onExpand}
                selectedKey={selectedKey}
                onSelect={onSelect}
                checkable={bulk}
                checkedKeys={checked}
                onCheck={onCheck}
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={11} xl={12}>
        {selectedTownship ? (
          <TownshipDetails township={selectedTownship} onDialog={onDialog} />
        ) : (
          <BranchDetails campaignId={campaignId} selected={selectedBranch} onDialog={onDialog} />
        )}
      </Col>
    </Row>
  );
}
