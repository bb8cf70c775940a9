import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingSort, SortKey } from '../filters/rankingFilters';
import type { RankingColumn } from './columns';
import { HeaderCell } from './HeaderCell';

export const ROW_HEIGHT = 40;
/** Three lines of a 13 px header: English star names (“Safety and rule of law”) need them. */
const HEADER_HEIGHT = 62;

export interface RankingTableProps {
  /** Rows the filters keep; the scroll bar spans them all. */
  rowCount: number;
  /** A row, or undefined while the block holding it loads. */
  rowAt: (index: number) => RankingRow | undefined;
  /** First and last index rendered (overscan included), so their rows can be fetched. */
  onRange: (start: number, end: number) => void;
  columns: RankingColumn[];
  sort: RankingSort | undefined;
  onSort: (key: SortKey) => void;
  selectedIndex: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
}

/**
 * A row's cells. Memoized: while scrolling only the rows' positions change, and rows already on
 * screen must not be drawn again for that.
 */
const RowCells = memo(function RowCells({
  row,
  columns,
}: {
  row: RankingRow;
  columns: RankingColumn[];
}) {
  return columns.map((column) => (
    <div
      key={column.key}
      role="gridcell"
      className={column.align ? `xp-rank-cell xp-rank-${column.align}` : 'xp-rank-cell'}
      data-col={column.key}
    >
      {column.render(row)}
    </div>
  ));
});

/** How far each key moves the selection; a page is what fits on screen. */
function stepFor(key: string, page: number, count: number, current: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return current + 1;
    case 'ArrowUp':
      return current - 1;
    case 'PageDown':
      return current + page;
    case 'PageUp':
      return current - page;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The ranking as a grid that only renders the rows in view, so a province's 46,000 branches
 * scroll as smoothly as a county's forty. Header cells stay on top (sticky) and sort; arrows
 * move the selection and Enter explains the selected row.
 */
export function RankingTable(props: RankingTableProps) {
  const { rowCount, rowAt, onRange, columns, sort, onSort, selectedIndex, onSelect, onOpen } =
    props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  const minWidth = columns.reduce((sum, c) => sum + c.minWidth, 0);

  // The rule warns that the React Compiler cannot memoize around the virtualizer. This project
  // does not run the compiler, and the grid reads the virtualizer afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The sticky header sits above the rows inside the same scroller.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // React 19 warns about flushSync during render; fixed-height rows do not need it.
    useFlushSync: false,
  });

  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRange(start, end), [onRange, start, end]);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rowCount === 0) return;
    if (event.key === 'Enter' && selectedIndex >= 0) {
      event.preventDefault();
      onOpen(selectedIndex);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const next = stepFor(event.key, page, rowCount, selectedIndex);
    if (next === undefined) return;
    event.preventDefault();
    onSelect(Math.min(rowCount - 1, Math.max(0, next)));
  };

  const activeId = selectedIndex >= 0 ? `xp-rank-row-${selectedIndex}` : undefined;

  return (
    <div
      ref={scrollRef}
      className="xp-rank-scroll"
      role="grid"
      aria-label={t('ranking.tableLabel')}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="ranking-table"
    >
      <div
        className="xp-rank-row xp-rank-head"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template, minWidth, height: HEADER_HEIGHT }}
      >
        {columns.map((column) => (
          <HeaderCell key={column.key} column={column} sort={sort} onSort={onSort} />
        ))}
      </div>
      <div
        className="xp-rank-body"
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize(), minWidth }}
      >
        {items.map((item) => {
          const row = rowAt(item.index);
          const style = {
            gridTemplateColumns: template,
            minWidth,
            height: ROW_HEIGHT,
            transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
          };
          // Its block is on the way: an empty row keeps the place, so nothing jumps.
          if (!row) {
            return (
              <div
                key={`pending-${item.index}`}
                className="xp-rank-row xp-rank-pending"
                role="row"
                aria-rowindex={item.index + 2}
                aria-busy
                style={style}
              />
            );
          }
          const selected = item.index === selectedIndex;
          return (
            <div
              key={row.branchId}
              id={`xp-rank-row-${item.index}`}
              className={selected ? 'xp-rank-row xp-rank-selected' : 'xp-rank-row'}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              data-branch-id={row.branchId}
              data-status={row.status}
              style={style}
              onClick={() => onSelect(item.index)}
              onDoubleClick={() => {
                // A double click also selects a word of the row's text; that is not wanted here.
                window.getSelection()?.removeAllRanges();
                onOpen(item.index);
              }}
            >
              <RowCells row={row} columns={columns} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
