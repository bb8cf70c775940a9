import { describe, expect, it } from 'vitest';
import { isSelected, moveTo, selection, tabFrom } from '../../../renderer/src/features/grid/cursor';
import { copyText, planPaste } from '../../../renderer/src/features/grid/pastePlan';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { GridRow } from '../../../shared/domain/views/grid';

const bounds = { rows: 3, cols: 4 };
const at = (r: number, c: number) => ({ r, c, ar: r, ac: c });

describe('the grid’s cursor', () => {
  it('stays inside the grid and moves the anchor unless the selection is extended', () => {
    expect(moveTo(at(1, 1), 9, -2, bounds)).toEqual(at(2, 0));
    expect(moveTo(at(1, 1), 2, 3, bounds, true)).toEqual({ r: 2, c: 3, ar: 1, ac: 1 });
  });

  it('tabs along the row and on to the next, and back with Shift', () => {
    expect(tabFrom(at(0, 3), false, bounds)).toEqual(at(1, 0));
    expect(tabFrom(at(1, 0), true, bounds)).toEqual(at(0, 3));
    // The last cell stays where it is.
    expect(tabFrom(at(2, 3), false, bounds)).toEqual(at(2, 3));
  });

  it('selects the rectangle between the active cell and the anchor, whichever way it was drawn', () => {
    const cursor = { r: 0, c: 3, ar: 2, ac: 1 };
    expect(selection(cursor)).toEqual({ top: 0, bottom: 2, left: 1, right: 3 });
    expect(isSelected(cursor, 1, 2)).toBe(true);
    expect(isSelected(cursor, 1, 0)).toBe(false);
  });
});

const items = [
  { code: 'A', type: 'points', max: 1000, name: 'A' },
  { code: 'V', type: 'veto', max: 0, name: 'V' },
  { code: 'B', type: 'points', max: 500, name: 'B' },
] as RubricItem[];

function gridRow(id: string): GridRow {
  return {
    branchId: id,
    branchName: id,
    townshipId: 'T1',
    townshipName: '云溪镇',
    sheetId: null,
    version: null,
    status: 'none',
    values: {},
  };
}

describe('pasting a block into the grid', () => {
  const rows = [gridRow('石门村'), gridRow('青山村')];
  const words = { yes: ['是'], no: ['否'] };

  it('places each cell from the active cell, skips read-only and empty cells, counts the rest', () => {
    const plan = planPaste(
      '8\t1\t4\n\t\t3\n9\t9\t9',
      at(0, 0),
      rows,
      items,
      (_r, c) => c === 1,
      words,
    );
    expect(plan.changes.map((c) => [c.branchId, c.item, c.text])).toEqual([
      ['石门村', 'A', '8'],
      ['石门村', 'B', '4'],
      ['青山村', 'B', '3'],
    ]);
    expect(plan).toMatchObject({ skipped: 2, outside: 3, height: 2, width: 3 });
  });

  it('copies the selection as tab-separated lines', () => {
    const text = copyText({ r: 1, c: 1, ar: 0, ac: 0 }, (r, c) => `${r}${c}`);
    expect(text.split(/\r?\n/).filter((l) => l !== '')).toEqual(['00\t01', '10\t11']);
  });
});
