import { describe, expect, it } from 'vitest';
import type { UndoStack } from '../../../renderer/src/features/undo/undoStack';
import {
  emptyUndo,
  recordEdit,
  redo,
  undo,
  undoKey,
} from '../../../renderer/src/features/undo/undoStack';

const edit = (key: string, before: number | null, after: number | null) => ({ key, before, after });

describe('undo stack', () => {
  it('undoes edits last first and redoes them in order', () => {
    let s: UndoStack<number | null> = emptyUndo();
    s = recordEdit(s, [edit('P1', null, 800)], { at: 0 });
    s = recordEdit(s, [edit('P2', null, 600)], { at: 5000 });
    const first = undo(s)!;
    expect(first.restore).toEqual([{ key: 'P2', value: null }]);
    const second = undo(first.stack)!;
    expect(second.restore).toEqual([{ key: 'P1', value: null }]);
    expect(undo(second.stack)).toBeNull();
    const again = redo(second.stack)!;
    expect(again.restore).toEqual([{ key: 'P1', value: 800 }]);
    expect(redo(again.stack)!.restore).toEqual([{ key: 'P2', value: 600 }]);
  });

  it('puts back a pasted block as one step, in reverse order', () => {
    const s = recordEdit(emptyUndo<number | null>(), [edit('a', 1, 2), edit('b', null, 3)], {
      at: 0,
    });
    expect(undo(s)!.restore).toEqual([
      { key: 'b', value: null },
      { key: 'a', value: 1 },
    ]);
  });

  it('merges keystrokes into one field made close together, keeping the first value before', () => {
    let s = emptyUndo<number | null>();
    s = recordEdit(s, [edit('P1', 500, 8)], { at: 0, group: 'P1' });
    s = recordEdit(s, [edit('P1', 8, 85)], { at: 400, group: 'P1' });
    s = recordEdit(s, [edit('P1', 85, 850)], { at: 900, group: 'P1' });
    expect(s.past).toHaveLength(1);
    expect(undo(s)!.restore).toEqual([{ key: 'P1', value: 500 }]);
    // A pause, or another field, starts a new step.
    s = recordEdit(s, [edit('P1', 850, 900)], { at: 5000, group: 'P1' });
    s = recordEdit(s, [edit('P2', null, 1)], { at: 5100, group: 'P2' });
    expect(s.past).toHaveLength(3);
  });

  it('drops edits that change nothing and forgets the redo history on a new edit', () => {
    let s = recordEdit(emptyUndo<number | null>(), [edit('P1', 5, 5)], { at: 0 });
    expect(s.past).toHaveLength(0);
    s = recordEdit(s, [edit('P1', 5, 6)], { at: 0 });
    s = undo(s)!.stack;
    expect(s.future).toHaveLength(1);
    s = recordEdit(s, [edit('P2', 1, 2)], { at: 10 });
    expect(s.future).toHaveLength(0);
    expect(redo(s)).toBeNull();
  });

  it('compares values with the given rule and keeps at most `limit` steps', () => {
    const same = (a: { v: number }, b: { v: number }) => a.v === b.v;
    let s = recordEdit(
      emptyUndo<{ v: number }>(),
      [{ key: 'x', before: { v: 1 }, after: { v: 1 } }],
      {
        at: 0,
        same,
      },
    );
    expect(s.past).toHaveLength(0);
    for (let i = 0; i < 5; i += 1)
      s = recordEdit(s, [{ key: 'x', before: { v: i }, after: { v: i + 1 } }], { at: i, limit: 3 });
    expect(s.past.map((step) => step.changes[0]!.after.v)).toEqual([3, 4, 5]);
  });

  it('reads Ctrl+Z as undo and Ctrl+Y or Ctrl+Shift+Z as redo, also with ⌘', () => {
    const key = (
      k: string,
      mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>,
    ) =>
      undoKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('z', {})).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('s', { ctrlKey: true })).toBeNull();
  });
});
