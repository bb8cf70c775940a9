import { Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { BranchNode, TownshipNode } from '../../../../shared/domain/views';
import { BranchTypeTag } from './BranchTypeTag';
import type { InitialsIndex } from './filterBranches';
import { branchKey, townshipKey } from './filterBranches';
import { HighlightText } from './HighlightText';
import { ScoreIndicator } from './ScoreIndicator';
import { scoreStatus } from './scoreStatus';

export interface BranchTreeProps {
  townships: TownshipNode[];
  query: string;
  index: InitialsIndex;
  expandedKeys: Key[];
  onExpand: (keys: Key[]) => void;
  /** `township:<id>` or `branch:<id>`. */
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /**
   * Bulk selection: boxes on every node (a township's checks its branches). Off by default,
   * because with boxes Enter checks a node instead of opening it.
   */
  checkable: boolean;
  checkedKeys: string[];
  onCheck: (keys: string[]) => void;
}

function BranchTitle(props: { branch: BranchNode; query: string; initials: string | undefined }) {
  const { branch, query, initials } = props;
  const { t } = useTranslation();
  return (
    <Space
      size="small"
      data-branch-id={branch.id}
      data-archived={branch.archived ? 'true' : undefined}
    >
      <ScoreIndicator status={scoreStatus(branch)} />
      {/* Archived branches stay readable but recede: their results still count. */}
      <Typography.Text type={branch.archived ? 'secondary' : undefined} delete={branch.archived}>
        <HighlightText text={branch.name} query={query} initials={initials} />
      </Typography.Text>
      <BranchTypeTag type={branch.branchType} />
      {branch.archived && <Tag>{t('branchRegistry.archivedTag')}</Tag>}
      {branch.takesPart === false && (
        <Tag color="warning" variant="outlined">
          {t('branchRegistry.notTakingPart')}
        </Tag>
      )}
    </Space>
  );
}

export function BranchTree(props: BranchTreeProps) {
  const { townships, query, index, expandedKeys, onExpand, selectedKey, onSelect } = props;
  const { checkable, checkedKeys, onCheck } = props;
  const { t } = useTranslation();
  const treeData: TreeDataNode[] = townships.map((township) => ({
    key: townshipKey(township.id),
    title: (
      <Space size="small" data-township-id={township.id}>
        <Typography.Text strong>{township.name}</Typography.Text>
        <Typography.Text type="secondary">{t(`unitKind.${township.kind}`)}</Typography.Text>
        <Tag variant="filled" className="xp-count" data-testid="township-count">
          {township.branches.length}
        </Tag>
      </Space>
    ),
    children: township.branches.map((branch) => ({
      key: branchKey(branch.id),
      isLeaf: true,
      title: <BranchTitle branch={branch} query={query} initials={index.get(branch.id)} />,
    })),
  }));

  return (
    <Tree
      blockNode
      showLine
      checkable={checkable}
      checkedKeys={checkedKeys}
      onCheck={(keys) => onCheck((Array.isArray(keys) ? keys : keys.checked).map(String))}
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpand(keys)}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onSelect={(_, info) => onSelect(String(info.node.key))}
    />
  );
}
