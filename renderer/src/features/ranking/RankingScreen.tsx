import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Tabs, Typography } from 'antd';
import { Suspense, lazy, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { RankingView } from '../../../../shared/domain/views';
import { townshipsOf } from './charts/chartData';
import { ExplanationDrawer } from './explain/ExplanationDrawer';
import { countByStatus, filterRows } from '../../../../shared/domain/ranking-query/filter-rows';
import type { RankingFilters, SortKey } from './filters/rankingFilters';
import { isFiltering, nextSort } from './filters/rankingFilters';
import { RankingFilterBar } from './filters/RankingFilterBar';
import { sortRows } from '../../../../shared/domain/ranking-query/sort-rows';
import { useRankingLabels } from './labels';
import { buildColumns } from './table/columns';
import { RankingTable } from './table/RankingTable';

// echarts is the largest library here and only this tab needs it: load it when first opened.
const ChartsTab = lazy(() => import('./charts/ChartsTab').then((m) => ({ default: m.ChartsTab })));

export interface RankingScreenProps {
  view: RankingView;
  filters: RankingFilters;
  onFilters: (patch: Partial<RankingFilters>) => void;
}

/** The loaded ranking: filters, then the table or the charts, and the explanation drawer. */
export function RankingScreen({ view, filters, onFilters }: RankingScreenProps) {
  const labels = useRankingLabels(view);
  const { t } = labels;
  const [selectedId, setSelectedId] = useState<string>();
  const [explainedId, setExplainedId] = useState<string>();

  // Typing in the search box stays responsive while 46,000 rows are filtered behind it.
  const deferred = useDeferredValue(filters);
  const townships = useMemo(() => townshipsOf(view.rows), [view.rows]);
  const filtered = useMemo(() => filterRows(view.rows, deferred), [view.rows, deferred]);
  const rows = useMemo(() => sortRows(filtered, deferred.sort), [filtered, deferred.sort]);
  const statusCounts = useMemo(() => countByStatus(view.rows, deferred), [view.rows, deferred]);
  const columns = useMemo(() => buildColumns(view, labels), [view, labels]);

  const selectedIndex = useMemo(
    () => (selectedId === undefined ? -1 : rows.findIndex((r) => r.branchId === selectedId)),
    [rows, selectedId],
  );
  const explainedIndex = useMemo(
    () => (explainedId === undefined ? -1 : rows.findIndex((r) => r.branchId === explainedId)),
    [rows, explainedId],
  );
  const explainedRow =
    explainedId === undefined
      ? undefined
      : (rows[explainedIndex] ?? view.rows.find((r) => r.branchId === explainedId));

  const select = useCallback((index: number) => setSelectedId(rows[index]?.branchId), [rows]);
  const open = useCallback(
    (index: number) => {
      const id = rows[index]?.branchId;
      setSelectedId(id);
      setExplainedId(id);
    },
    [rows],
  );
  const step = (delta: -1 | 1) => open(explainedIndex + delta);
  const sortBy = useCallback(
    (key: SortKey) => onFilters({ sort: nextSort(filters.sort, key) }),
    [onFilters, filters.sort],
  );

  const table =
    view.rows.length === 0 ? (
      <Empty description={t('ranking.noBranches')} />
    ) : rows.length === 0 ? (
      <Empty description={t('ranking.noMatch')} data-testid="ranking-no-match">
        <Button
          onClick={() =>
            onFilters({ townships: [], levels: [], stars: [], status: undefined, search: '' })
          }
        >
          {t('ranking.clearFilters')}
        </Button>
      </Empty>
    ) : (
      <>
        <RankingTable
          rows={rows}
          columns={columns}
          sort={filters.sort}
          onSort={sortBy}
          selectedIndex={selectedIndex}
          onSelect={select}
          onOpen={open}
        />
        <Typography.Text type="secondary" className="xp-rank-hint">
          {t('ranking.keyboardHint')}
        </Typography.Text>
      </>
    );

  return (
    <>
      <RankingFilterBar
        view={view}
        labels={labels}
        filters={filters}
        townships={townships}
        statusCounts={statusCounts}
        onChange={onFilters}
      />
      <Tabs
        className="xp-rank-tabs"
        activeKey={filters.tab}
        onChange={(key) => onFilters({ tab: key === 'charts' ? 'charts' : 'table' })}
        tabBarExtraContent={
          <Typography.Text type="secondary" data-testid="ranking-shown" aria-live="polite">
            {isFiltering(filters)
              ? t('ranking.shownOf', {
                  shown: labels.count(rows.length),
                  total: labels.count(view.rows.length),
                })
              : t('ranking.shownAll', { total: labels.count(view.rows.length) })}
          </Typography.Text>
        }
        items={[
          { key: 'table', label: t('ranking.tabTable'), icon: <TableOutlined />, children: table },
          {
            key: 'charts',
            label: t('ranking.tabCharts'),
            icon: <BarChartOutlined />,
            children: (
              <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                <ChartsTab
                  view={view}
                  labels={labels}
                  townships={townships}
                  townshipIds={filters.townships}
                />
              </Suspense>
            ),
          },
        ]}
        destroyOnHidden
      />
      <ExplanationDrawer
        campaignId={view.campaignId}
        roundId={view.roundId}
        row={explainedRow}
        labels={labels}
        onClose={() => setExplainedId(undefined)}
        onStep={explainedIndex >= 0 ? step : undefined}
        canStep={{
          previous: explainedIndex > 0,
          next: explainedIndex >= 0 && explainedIndex < rows.length - 1,
        }}
      />
    </>
  );
}
