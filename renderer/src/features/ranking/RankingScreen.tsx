import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Tabs, Typography } from 'antd';
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import type { RankingPage, RankingRow } from '../../../../shared/domain/views';
import type { RankingQuery } from './queries';
import { RANKING_BLOCK, useRankingBlocks } from './queries';
import { byTownshipName } from './charts/chartData';
import { ExplanationDrawer } from './explain/ExplanationDrawer';
import type { RankingFilters, SortKey } from './filters/rankingFilters';
import { isFiltering, nextSort } from './filters/rankingFilters';
import { RankingFilterBar } from './filters/RankingFilterBar';
import { useRankingLabels } from './labels';
import { buildColumns } from './table/columns';
import { RankingTable } from './table/RankingTable';

// echarts is the largest library here and only this tab needs it: load it when first opened.
const ChartsPanel = lazy(() =>
  import('./charts/ChartsPanel').then((m) => ({ default: m.ChartsPanel })),
);

export interface RankingScreenProps {
  /** The first block of rows with the ranking's description and counts. */
  first: RankingPage;
  round: string | undefined;
  query: RankingQuery;
  filters: RankingFilters;
  onFilters: (patch: Partial<RankingFilters>) => void;
}

/**
 * Where a row sits and which branch it was, so a selection survives new rows arriving. The
 * row is unknown while its block loads (End pressed on a long ranking): the place is kept.
 */
interface Picked {
  index: number;
  row: RankingRow | undefined;
}

/** The loaded ranking: filters, then the table or the charts, and the explanation drawer. */
export function RankingScreen({ first, round, query, filters, onFilters }: RankingScreenProps) {
  const { meta, matched, statusCounts } = first;
  const labels = useRankingLabels(meta);
  const { t } = labels;
  const [range, setRange] = useState<readonly [number, number]>([0, RANKING_BLOCK - 1]);
  const [selected, setSelected] = useState<Picked>();
  const [explained, setExplained] = useState<Picked>();

  const blocks = useRankingBlocks(meta.campaignId, round, query, range);
  const loaded = useMemo(() => {
    const byBlock = new Map<number, RankingRow[]>([[0, first.rows]]);
    for (const block of blocks) {
      if (block.data) byBlock.set(block.data.offset / RANKING_BLOCK, block.data.rows);
    }
    return byBlock;
  }, [blocks, first.rows]);
  const rowAt = useCallback(
    (index: number) => loaded.get(Math.floor(index / RANKING_BLOCK))?.[index % RANKING_BLOCK],
    [loaded],
  );
  const onRange = useCallback((start: number, end: number) => {
    setRange((current) => {
      const next = [Math.floor(start / RANKING_BLOCK), Math.floor(end / RANKING_BLOCK)];
      const was = [Math.floor(current[0] / RANKING_BLOCK), Math.floor(current[1] / RANKING_BLOCK)];
      return next[0] === was[0] && next[1] === was[1] ? current : [start, end];
    });
  }, []);

  /** Where a picked branch is now: its old place, or anywhere among the loaded rows. */
  const indexOf = useCallback(
    (picked: Picked | undefined): number => {
      if (!picked) return -1;
      const wanted = picked.row?.branchId;
      if (wanted === undefined) return picked.index;
      if (rowAt(picked.index)?.branchId === wanted) return picked.index;
      for (const [block, rows] of loaded) {
        const at = rows.findIndex((r) => r.branchId === wanted);
        if (at >= 0) return block * RANKING_BLOCK + at;
      }
      return -1;
    },
    [loaded, rowAt],
  );
  const selectedIndex = indexOf(selected);
  const explainedIndex = indexOf(explained);
  const townships = useMemo(() => byTownshipName(meta.townships), [meta.townships]);
  const columns = useMemo(() => buildColumns(meta, labels), [meta, labels]);

  const select = useCallback((index: number) => setSelected({ index, row: rowAt(index) }), [rowAt]);
  const open = useCallback(
    (index: number) => {
      const row = rowAt(index);
      if (!row) return;
      setSelected({ index, row });
      setExplained({ index, row });
    },
    [rowAt],
  );
  const step = (delta: -1 | 1) => open(explainedIndex + delta);
  const sortBy = useCallback(
    (key: SortKey) => onFilters({ sort: nextSort(filters.sort, key) }),
    [onFilters, filters.sort],
  );

  const table =
    meta.total === 0 ? (
      <Empty description={t('ranking.noBranches')} />
    ) : matched === 0 ? (
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
          rowCount={matched}
          rowAt={rowAt}
          onRange={onRange}
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
        view={meta}
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
                  shown: labels.count(matched),
                  total: labels.count(meta.total),
                })
              : t('ranking.shownAll', { total: labels.count(meta.total) })}
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
                <ChartsPanel
                  campaignId={meta.campaignId}
                  roundId={round}
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
        campaignId={meta.campaignId}
        roundId={meta.roundId}
        row={(explainedIndex >= 0 ? rowAt(explainedIndex) : undefined) ?? explained?.row}
        labels={labels}
        onClose={() => setExplained(undefined)}
        onStep={explainedIndex >= 0 ? step : undefined}
        canStep={{
          previous: explainedIndex > 0,
          next: explainedIndex >= 0 && explainedIndex < matched - 1,
        }}
      />
    </>
  );
}
