import { describe, expect, it } from 'vitest';
import { isSelected, moveTo, selection, tabFrom } from '../../../renderer/src/features/grid/cursor';

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
