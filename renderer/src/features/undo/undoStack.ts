/**
 * The session's edits on a screen, for Ctrl+Z / Ctrl+Y. Pure data: a step is the list of
 * values it changed (a paste changes many at once) with each value before and after; undoing
 * hands back the values to put back, which the screen stores through its ordinary save, so an
 * undo is audited like any other change. Nothing here knows what a value is.
 */
export interface UndoChange<T> {
  key: string;
  before: T;
  after: T;
}

export interface UndoStep<T> {
  changes: readonly UndoChange<T>[];
  /** When it was recorded (ms); typing into one field merges within `mergeWithinMs`. */
  at: number;
  /** Steps of the same group (one field) recorded close together are one undo. */
  group: string | null;
}

export interface UndoStack<T> {
  readonly past: readonly UndoStep<T>[];
  readonly future: readonly UndoStep<T>[];
}

export interface RecordOptions<T> {
  /** When (ms); only needed for edits that merge (`group`). */
  at?: number;
  group?: string | null;
  /** Keystrokes into one field this close together undo as one (default 1 s). */
  mergeWithinMs?: number;
  /** How many steps are kept (default 200); the oldest go first. */
  limit?: number;
  /** Whether two values are the same (default `Object.is`), to drop changes that change nothing. */
  same?: (a: T, b: T) => boolean;
}

/** A value put back by an undo or redo. */
export interface Restore<T> {
  key: string;
  value: T;
}

export function emptyUndo<T>(): UndoStack<T> {
  return { past: [], future: [] };
}

/**
 * Records an edit. A new edit ends the redo history. An edit of the same group soon after the
 * previous one extends it (keeping the first `before`), so "8", "8.", "8.5" is one undo.
 */
export function recordEdit<T>(
  stack: UndoStack<T>,
  changes: readonly UndoChange<T>[],
  options: RecordOptions<T>,
): UndoStack<T> {
  const same = options.same ?? Object.is;
  const real = changes.filter((c) => !same(c.before, c.after));
  if (real.length === 0) return stack;
  const group = options.group ?? null;
  const top = stack.past.at(-1);
  const within = options.mergeWithinMs ?? 1000;
  if (
    top &&
    group !== null &&
    top.group === group &&
    (options.at ?? 0) - top.at <= within &&
    sameKeys(top.changes, real)
  ) {
    const merged = top.changes.map((c) => ({
      key: c.key,
      before: c.before,
      after: real.find((r) => r.key === c.key)!.after,
    }));
    const step: UndoStep<T> = { changes: merged, at: options.at ?? 0, group };
    return { past: [...stack.past.slice(0, -1), step], future: [] };
  }
  const limit = options.limit ?? 200;
  const past = [...stack.past, { changes: real, at: options.at ?? 0, group }];
  return { past: past.slice(Math.max(0, past.length - limit)), future: [] };
}

function sameKeys<T>(a: readonly UndoChange<T>[], b: readonly UndoChange<T>[]): boolean {
  return a.length === b.length && a.every((c) => b.some((d) => d.key === c.key));
}

/** Takes back the last edit: the values to put back (in reverse order), or null if none. */
export function undo<T>(
  stack: UndoStack<T>,
): { stack: UndoStack<T>; restore: Restore<T>[] } | null {
  const step = stack.past.at(-1);
  if (!step) return null;
  return {
    stack: { past: stack.past.slice(0, -1), future: [...stack.future, step] },
    restore: [...step.changes].reverse().map((c) => ({ key: c.key, value: c.before })),
  };
}

/** Does again the last edit undone, or null if none. */
export function redo<T>(
  stack: UndoStack<T>,
): { stack: UndoStack<T>; restore: Restore<T>[] } | null {
  const step = stack.future.at(-1);
  if (!step) return null;
  return {
    stack: { past: [...stack.past, step], future: stack.future.slice(0, -1) },
    restore: step.changes.map((c) => ({ key: c.key, value: c.after })),
  };
}

/** Which action a key press asks for: Ctrl/⌘+Z undo, Ctrl/⌘+Y or Ctrl/⌘+Shift+Z redo. */
export function undoKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
