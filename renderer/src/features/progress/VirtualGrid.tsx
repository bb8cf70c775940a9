import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { memo, useRef } from 'react';

export interface GridColumn<Row> {
  key: string;
  title: ReactNode;
  /** CSS grid track, e.g. `minmax(160px, 2fr)`. */
  width: string;
  minWidth: number;
  align?: 'end' | 'center';
  render: (row: Row) => ReactNode;
}

export interface VirtualGridProps<Row> {
  rows: Row[];
  columns: GridColumn<Row>[];
  rowKey: (row: Row) => string;
  label: string;
  testId: string;
  rowClass?: (row: Row) => string | undefined;
  /** Without summary cards above it, the grid may take more of the window. */
  tall?: boolean;
}

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 44;

function cellClass(align: 'end' | 'center' | undefined): string {
  return align ? `xp-pg-cell xp-pg-${align}` : 'xp-pg-cell';
}

/** Memoized so rows already on screen are not drawn again while scrolling. */
const Cells = memo(function Cells<Row>({ row, columns }: { row: Row; columns: GridColumn<Row>[] }) {
  return columns.map((column) => (
    <div key={column.key} role="gridcell" className={cellClass(column.align)} data-col={column.key}>
      {column.render(row)}
    </div>
  ));
}) as <Row>(props: { row: Row; columns: GridColumn<Row>[] }) => ReactNode;

/**
 * A table that renders only the rows in view, so a province's branches scroll like a county's.
 * The header stays on top (sticky) inside the same scroller; cells hold links, so Tab moves
 * through them and Enter opens one.
 */
export function VirtualGrid<Row>(props: VirtualGridProps<Row>) {
  const { rows, columns, rowKey, label, testId, rowClass, tall = false } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const template = columns.map((c) => c.width).join(' ');
  const minWidth = columns.reduce((sum, c) => sum + c.minWidth, 0);
  // This project does not run the React Compiler, and the grid reads the virtualizer afresh
  // on every render, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });
  return (
    <div
      ref={scrollRef}
      className={tall ? 'xp-pg-scroll xp-pg-tall' : 'xp-pg-scroll'}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      data-testid={testId}
    >
      <div
        className="xp-pg-row xp-pg-head"
        role="row"
        style={{ gridTemplateColumns: template, minWidth, height: HEADER_HEIGHT }}
      >
        {columns.map((column) => (
          <div key={column.key} role="columnheader" className={cellClass(column.align)}>
            {column.title}
          </div>
        ))}
      </div>
      <div
        className="xp-pg-body"
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize(), minWidth }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          const extra = rowClass?.(row);
          return (
            <div
              key={rowKey(row)}
              role="row"
              aria-rowindex={item.index + 2}
              className={extra ? `xp-pg-row ${extra}` : 'xp-pg-row'}
              style={{
                gridTemplateColumns: template,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <Cells row={row} columns={columns} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
