import type { RubricItem } from '../../../../shared/domain/rubric';
import type { GridRow } from '../../../../shared/domain/views/grid';
import type { CellReading, YesNoWords } from '../../../../shared/grid/cell-text';
import { readCell } from '../../../../shared/grid/cell-text';
import { parseTsv, toTsv } from '../../../../shared/grid/tsv';
import type { Cursor } from './cursor';
import { selection } from './cursor';

/** One cell to save: what was typed or pasted, and what it reads as by the item's rule. */
export interface CellChange {
  branchId: string;
  item: string;
  text: string;
  reading: CellReading;
}

export interface PastePlan {
  changes: CellChange[];
  /** Cells of the block that fell outside the grid. */
  outside: number;
  /** Read-only cells (veto columns, submitted rows) the block covered. */
  skipped: number;
  /** The pasted area inside the grid, to select afterwards. */
  height: number;
  width: number;
}

/** Where each cell of a pasted block goes, starting at the active cell, and what it reads as. */
export function planPaste(
  text: string,
  at: Cursor,
  rows: readonly GridRow[],
  items: readonly RubricItem[],
  readOnly: (r: number, c: number) => unknown,
  words: YesNoWords,
): PastePlan {
  const block = parseTsv(text);
  const plan: PastePlan = { changes: [], outside: 0, skipped: 0, height: 0, width: 0 };
  block.forEach((line, i) =>
    line.forEach((cellText, j) => {
      const r = at.r + i;
      const c = at.c + j;
      const row = rows[r];
      const item = items[c];
      if (!row || !item) plan.outside += 1;
      else if (readOnly(r, c)) plan.skipped += 1;
      // An empty pasted cell leaves the stored value alone; Delete is how to clear.
      else if (cellText.trim() !== '')
        plan.changes.push({
          branchId: row.branchId,
          item: item.code,
          text: cellText,
          reading: readCell(item, cellText, words),
        });
    }),
  );
  plan.height = Math.min(block.length, rows.length - at.r);
  plan.width = Math.min(Math.max(0, ...block.map((l) => l.length)), items.length - at.c);
  return plan;
}

/** The selection as Excel-style tab-separated text. */
export function copyText(cursor: Cursor, textOf: (r: number, c: number) => string): string {
  const s = selection(cursor);
  const block: string[][] = [];
  for (let r = s.top; r <= s.bottom; r += 1) {
    const line: string[] = [];
    for (let c = s.left; c <= s.right; c += 1) line.push(textOf(r, c));
    block.push(line);
  }
  return toTsv(block);
}
