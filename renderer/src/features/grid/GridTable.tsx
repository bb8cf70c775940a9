import { useVirtualizer } from '@tanstack/react-virtual';
import type { ClipboardEvent, ReactNode, RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { Cursor } from './cursor';
import { isSelected } from './cursor';
import type { GridKeyActions } from './gridKeys';
import { handleGridKey } from './gridKeys';

export const ROW_H = 32;
export const COL_W = 92;
export const HEAD_H = 56;
export const LEFT_W = 300;
/** Below this many items every column is rendered; above, columns are virtualised too. */
const COLUMN_VIRTUAL_FROM = 60;

export interface CellLook {
  text: string;
  invalid: boolean;
  readOnly: boolean;
  pending: boolean;
  title: string | undefined;
}

export interface GridTableProps {
  rowCount: number;
  colCount: number;
  cursor: Cursor;
  keys: Omit<GridKeyActions, 'bounds' | 'pageRows'>;
  editText: string | null;
  onEditText: (text: string) => void;
  look: (r: number, c: number) => CellLook;
  header: (c: number) => ReactNode;
  rowHead: (r: number) => ReactNode;
  cornerHead: ReactNode;
  onPaste: (e: ClipboardEvent<HTMLElement>) => void;
  onCopy: (e: ClipboardEvent<HTMLElement>) => void;
  label: string;
  gridRef: RefObject<HTMLDivElement | null>;
}

export const cellId = (r: number, c: number) => `xp-grid-cell-${r}-${c}`;

/** The branches × items table: rows (and many columns) virtualised, one focusable grid. */
export function GridTable(p: GridTableProps) {
  const scroll = p.gridRef;
  // As in RankingTable: the rule is about the React Compiler, which this project does not run;
  // the table reads the virtualizers afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowV = useVirtualizer({
    count: p.rowCount,
    getScrollElement: () => scroll.current,
    estimateSize: () => ROW_H,
    overscan: 10,
  });
  const manyColumns = p.colCount >= COLUMN_VIRTUAL_FROM;
  const colV = useVirtualizer({
    horizontal: true,
    count: p.colCount,
    getScrollElement: () => scroll.current,
    estimateSize: () => COL_W,
    overscan: 4,
    enabled: manyColumns,
  });
  const columns = manyColumns
    ? colV.getVirtualItems().map((v) => v.index)
    : Array.from({ length: p.colCount }, (_, i) => i);
  const pageRows = Math.max(
    1,
    Math.floor(((scroll.current?.clientHeight ?? 400) - HEAD_H) / ROW_H) - 1,
  );

  // Keep the active cell in view, clear of the sticky header and branch columns.
  const { r, c } = p.cursor;
  useEffect(() => {
    const el = scroll.current;
    if (!el) return;
    const top = r * ROW_H;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + el.clientHeight - HEAD_H)
      el.scrollTop = top + ROW_H - el.clientHeight + HEAD_H;
    const left = c * COL_W;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (left + COL_W > el.scrollLeft + el.clientWidth - LEFT_W)
      el.scrollLeft = left + COL_W - el.clientWidth + LEFT_W;
  }, [r, c, scroll]);

  const width = LEFT_W + p.colCount * COL_W;
  const editing = p.editText !== null;
  // The editor input goes away after an edit: give the keyboard back to the grid.
  const wasEditing = useRef(false);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasEditing.current && !editing && lost) scroll.current?.focus({ preventScroll: true });
    wasEditing.current = editing;
  }, [editing, scroll]);
  return (
    <div
      ref={scroll}
      className="xp-grid-scroll"
      role="grid"
      aria-label={p.label}
      aria-rowcount={p.rowCount}
      aria-colcount={p.colCount}
      aria-activedescendant={editing ? undefined : cellId(r, c)}
      tabIndex={0}
      data-testid="grid"
      onKeyDown={(e) =>
        handleGridKey(e, { ...p.keys, bounds: { rows: p.rowCount, cols: p.colCount }, pageRows })
      }
      onPaste={p.onPaste}
      onCopy={p.onCopy}
    >
      <div style={{ width, height: HEAD_H + rowV.getTotalSize() }} className="xp-grid-canvas">
        <div className="xp-grid-head" style={{ width, height: HEAD_H }} role="row">
          <div className="xp-grid-left xp-grid-corner" style={{ width: LEFT_W }}>
            {p.cornerHead}
          </div>
          {columns.map((ci) => (
            <div
              key={ci}
              role="columnheader"
              className="xp-grid-colhead"
              style={{ left: LEFT_W + ci * COL_W, width: COL_W }}
            >
              {p.header(ci)}
            </div>
          ))}
        </div>
        {rowV.getVirtualItems().map((vr) => (
          <div
            key={vr.index}
            role="row"
            aria-rowindex={vr.index + 1}
            className="xp-grid-row"
            style={{ top: HEAD_H + vr.start, width, height: ROW_H }}
          >
            <div className="xp-grid-left" style={{ width: LEFT_W }}>
              {p.rowHead(vr.index)}
            </div>
            {columns.map((ci) => {
              const look = p.look(vr.index, ci);
              const active = vr.index === r && ci === c;
              const classes = ['xp-grid-cell'];
              if (isSelected(p.cursor, vr.index, ci)) classes.push('xp-grid-selected');
              if (active) classes.push('xp-grid-active');
              if (look.invalid) classes.push('xp-grid-invalid');
              if (look.readOnly) classes.push('xp-grid-readonly');
              if (look.pending) classes.push('xp-grid-pending');
              return (
                <div
                  key={ci}
                  id={cellId(vr.index, ci)}
                  role="gridcell"
                  aria-selected={active}
                  aria-invalid={look.invalid || undefined}
                  aria-readonly={look.readOnly || undefined}
                  title={look.title}
                  className={classes.join(' ')}
                  style={{ left: LEFT_W + ci * COL_W, width: COL_W }}
                  onMouseDown={(e) => {
                    if (editing && active) return;
                    if (editing) p.keys.endEdit(true);
                    p.keys.setCursor(
                      e.shiftKey
                        ? { ...p.cursor, r: vr.index, c: ci }
                        : { r: vr.index, c: ci, ar: vr.index, ac: ci },
                    );
                  }}
                  onDoubleClick={() => p.keys.startEdit(null)}
                >
                  {active && editing ? (
                    <input
                      className="xp-grid-input"
                      autoFocus
                      aria-label={p.label}
                      value={p.editText ?? ''}
                      onChange={(e) => p.onEditText(e.target.value)}
                      onBlur={() => p.keys.endEdit(true)}
                    />
                  ) : (
                    look.text
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
