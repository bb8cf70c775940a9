import { SearchOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Input, Row, Typography } from 'antd';
import type { Key } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownshipNode } from '../../../../shared/domain/views';
import { BranchDetails } from './BranchDetails';
import { BranchTree } from './BranchTree';
import {
  countBranches,
  filterTownships,
  findBranch,
  normalizeQuery,
  townshipKey,
} from './filterBranches';

export interface BranchBrowserProps {
  townships: TownshipNode[];
}

/** Directory on the left, details of the selected branch on the right. */
export function BranchBrowser({ townships }: BranchBrowserProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  // Everything open at first: a county has a few hundred branches, a scroll is cheaper than clicks.
  const allKeys = useMemo(() => townships.map((tw) => townshipKey(tw.id)), [townships]);
  const [expandedKeys, setExpandedKeys] = useState<Key[]>(allKeys);

  const searching = normalizeQuery(query) !== '';
  const shown = useMemo(() => filterTownships(townships, query), [townships, query]);

  const onSearch = (next: string) => {
    setQuery(next);
    // A search opens every township with a match; clearing it opens everything again.
    const matches = filterTownships(townships, next);
    setExpandedKeys(
      normalizeQuery(next) === '' ? allKeys : matches.map((tw) => townshipKey(tw.id)),
    );
  };

  const summary = searching
    ? t('branches.matches', { found: countBranches(shown) })
    : t('branches.summary', { townships: townships.length, branches: countBranches(townships) });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={13} xl={12}>
        <Card title={t('branches.treeTitle')}>
          <Input
            data-testid="branch-search"
            aria-label={t('branches.searchLabel')}
            placeholder={t('branches.searchPlaceholder')}
            prefix={<SearchOutlined />}
            allowClear
            value={query}
            onChange={(e) => onSearch(e.target.value)}
          />
          <div className="xp-tree-summary" aria-live="polite">
            <Typography.Text type="secondary">{summary}</Typography.Text>
          </div>
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
                expandedKeys={expandedKeys}
                onExpand={setExpandedKeys}
                selectedId={selectedId}
                onSelect={setSelectedId}
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={11} xl={12}>
        <BranchDetails selected={selectedId ? findBranch(townships, selectedId) : undefined} />
      </Col>
    </Row>
  );
}
