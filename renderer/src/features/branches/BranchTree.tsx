import { Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import type { Key } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownshipNode } from '../../../../shared/domain/views';
import { BranchTypeTag } from './BranchTypeTag';
import { branchKey, townshipKey } from './filterBranches';
import { HighlightText } from './HighlightText';
import { ScoreIndicator } from './ScoreIndicator';
import { scoreStatus } from './scoreStatus';

export interface BranchTreeProps {
  townships: TownshipNode[];
  query: string;
  expandedKeys: Key[];
  onExpand: (keys: Key[]) => void;
  selectedId: string | undefined;
  onSelect: (branchId: string) => void;
}

export function BranchTree(props: BranchTreeProps) {
  const { townships, query, expandedKeys, onExpand, selectedId, onSelect } = props;
  const { t } = useTranslation();
  const treeData: TreeDataNode[] = townships.map((township) => ({
    key: townshipKey(township.id),
    // Townships group; only branches have details to show.
    selectable: false,
    title: (
      <Space size="small">
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
      title: (
        <Space size="small" data-branch-id={branch.id}>
          <ScoreIndicator status={scoreStatus(branch)} />
          <span>
            <HighlightText text={branch.name} query={query} />
          </span>
          <BranchTypeTag type={branch.branchType} />
        </Space>
      ),
    })),
  }));

  return (
    <Tree
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpand(keys)}
      selectedKeys={selectedId ? [branchKey(selectedId)] : []}
      onSelect={(_, info) => {
        const key = String(info.node.key);
        if (key.startsWith('branch:')) onSelect(key.slice('branch:'.length));
      }}
    />
  );
}
