/** The active cell (r, c) and the selection's other corner (ar, ac), in item-cell indexes. */
export interface Cursor {
  r: number;
  c: number;
  ar: number;
  ac: number;
}

export interface Bounds {
  rows: number;
  cols: number;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));

/** Moves the active cell; with `extend` the anchor stays so the selection grows. */
export function moveTo(
  cursor: Cursor,
  r: number,
  c: number,
  bounds: Bounds,
  extend = false,
): Cursor {
  const next = { r: clamp(r, bounds.rows), c: clamp(c, bounds.cols) };
  return extend ? { ...cursor, ...next } : { ...next, ar: next.r, ac: next.c };
}

/** Tab order: along the row, then on to the next row (Shift+Tab the other way). */
export function tabFrom(cursor: Cursor, back: boolean, bounds: Bounds): Cursor {
  let { r, c } = cursor;
  c += back ? -1 : 1;
  if (c >= bounds.cols && r < bounds.rows - 1) {
    c = 0;
    r += 1;
  } else if (c < 0 && r > 0) {
    c = bounds.cols - 1;
    r -= 1;
  }
  return moveTo(cursor, r, c, bounds);
}

export function selection(cursor: Cursor): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  return {
    top: Math.min(cursor.r, cursor.ar),
    bottom: Math.max(cursor.r, cursor.ar),
    left: Math.min(cursor.c, cursor.ac),
    right: Math.max(cursor.c, cursor.ac),
  };
}

export function isSelected(cursor: Cursor, r: number, c: number): boolean {
  const s = selection(cursor);
  return r >= s.top && r <= s.bottom && c >= s.left && c <= s.right;
}
