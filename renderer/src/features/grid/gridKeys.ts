import type { KeyboardEvent } from 'react';
import { undoKey } from '../undo/undoStack';
import type { Bounds, Cursor } from './cursor';
import { moveTo, tabFrom } from './cursor';

export interface GridKeyActions {
  cursor: Cursor;
  bounds: Bounds;
  editing: boolean;
  pageRows: number;
  setCursor: (cursor: Cursor) => void;
  /** Starts editing the active cell with this text (typed key) or its own (F2, null). */
  startEdit: (text: string | null) => void;
  /** Ends editing: keeps the typed text (commit) or drops it. */
  endEdit: (commit: boolean) => void;
  clearSelection: () => void;
  /** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) outside a cell being edited. */
  undo: () => void;
  redo: () => void;
}

/**
 * Spreadsheet keys: arrows, Tab, Enter, Home/End, PageUp/PageDown move; typing or F2 edits;
 * Enter, Tab and Up/Down confirm an edit and move on; Esc cancels; Delete clears the selection.
 */
export function handleGridKey(e: KeyboardEvent<HTMLElement>, a: GridKeyActions): void {
  const { cursor, bounds } = a;
  const go = (r: number, c: number, extend = false) =>
    a.setCursor(moveTo(cursor, r, c, bounds, extend));
  if (a.editing) {
    if (e.key === 'Escape') a.endEdit(false);
    else if (e.key === 'Enter') {
      a.endEdit(true);
      go(cursor.r + (e.shiftKey ? -1 : 1), cursor.c);
    } else if (e.key === 'Tab') {
      a.endEdit(true);
      a.setCursor(tabFrom(cursor, e.shiftKey, bounds));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      a.endEdit(true);
      go(cursor.r + (e.key === 'ArrowUp' ? -1 : 1), cursor.c);
    } else return;
    e.preventDefault();
    return;
  }
  // While a cell is edited its own text box undoes typing; here it is the grid's edits.
  const history = undoKey(e);
  if (history) {
    e.preventDefault();
    if (history === 'undo') a.undo();
    else a.redo();
    return;
  }
  const ctrl = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      go(ctrl ? 0 : cursor.r - 1, cursor.c, e.shiftKey);
      break;
    case 'ArrowDown':
      go(ctrl ? bounds.rows - 1 : cursor.r + 1, cursor.c, e.shiftKey);
      break;
    case 'ArrowLeft':
      go(cursor.r, ctrl ? 0 : cursor.c - 1, e.shiftKey);
      break;
    case 'ArrowRight':
      go(cursor.r, ctrl ? bounds.cols - 1 : cursor.c + 1, e.shiftKey);
      break;
    case 'Tab':
      a.setCursor(tabFrom(cursor, e.shiftKey, bounds));
      break;
    case 'Enter':
      go(cursor.r + (e.shiftKey ? -1 : 1), cursor.c);
      break;
    case 'Home':
      go(ctrl ? 0 : cursor.r, 0, e.shiftKey);
      break;
    case 'End':
      go(ctrl ? bounds.rows - 1 : cursor.r, bounds.cols - 1, e.shiftKey);
      break;
    case 'PageDown':
      go(cursor.r + a.pageRows, cursor.c, e.shiftKey);
      break;
    case 'PageUp':
      go(cursor.r - a.pageRows, cursor.c, e.shiftKey);
      break;
    case 'F2':
      a.startEdit(null);
      break;
    case 'Delete':
    case 'Backspace':
      a.clearSelection();
      break;
    case 'Escape':
      go(cursor.r, cursor.c);
      break;
    default:
      // A printable key starts editing with that character, as in Excel.
      if (e.key.length === 1 && !ctrl && !e.altKey) a.startEdit(e.key);
      else return;
  }
  e.preventDefault();
}
