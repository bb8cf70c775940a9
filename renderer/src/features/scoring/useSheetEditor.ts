import { useCallback, useEffect, useRef, useState } from 'react';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { SheetView } from '../../../../shared/domain/views';
import type { ApiError } from '../../api/ApiError';
import { toApiError } from '../../api/ApiError';
import { getSheet, saveScores } from './queries';
import type { UndoStack } from '../undo/undoStack';
import { emptyUndo, recordEdit, redo as redoStep, undo as undoStep } from '../undo/undoStack';
import type { Drafts, ItemDraft } from './drafts';
import type { ServerProblem } from './drafts';
import { draftsFromSheet, problemOf } from './drafts';
import { useSerialSaves } from './useSerialSaves';
import type { SaveStatus } from './useUnloadGuard';
import { useUnloadGuard } from './useUnloadGuard';

export type { SaveStatus };

export interface SaveState {
  status: SaveStatus;
  savedAt: Date | null;
  error: ApiError | null;
}

const DEBOUNCE_MS = 600;

/** An item's draft for the undo history: undefined when nothing was typed for it yet. */
type Undoable = ItemDraft | undefined;

function sameDraft(a: Undoable, b: Undoable): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The sheet being edited: the server's view, the values on screen and the autosave queue.
 * Saves run one at a time with the latest version; edits made while one is in flight are sent
 * after it, so no keystroke is lost. A CONFLICT stops the queue until the user reloads.
 */
export function useSheetEditor(initial: SheetView, items: readonly RubricItem[]) {
  const [sheet, setSheetState] = useState(initial);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsFromSheet(initial));
  const [remark, setRemarkState] = useState(initial.remark);
  const [save, setSave] = useState<SaveState>({ status: 'clean', savedAt: null, error: null });
  const [serverProblems, setServerProblems] = useState<Record<string, ServerProblem>>({});
  const [leftovers, setLeftovers] = useState<Drafts>({});

  const itemsByCode = useRef(new Map(items.map((i) => [i.code, i])));
  const draftsRef = useRef(drafts);
  const remarkRef = useRef(initial.remark);
  const sheetRef = useRef(initial);
  const dirty = useRef(new Set<string>());
  const remarkDirty = useRef(false);
  const conflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const history = useRef<UndoStack<Undoable>>(emptyUndo());
  const [canUndo, setCanUndo] = useState({ undo: false, redo: false });

  const setHistory = useCallback((next: UndoStack<Undoable>) => {
    history.current = next;
    setCanUndo({ undo: next.past.length > 0, redo: next.future.length > 0 });
  }, []);

  const setSheet = useCallback((view: SheetView) => {
    sheetRef.current = view;
    setSheetState(view);
  }, []);

  /** Dirty items the rules accept; invalid ones stay on screen, unsent. */
  const sendable = useCallback((): [string, ItemDraft][] => {
    const out: [string, ItemDraft][] = [];
    for (const code of dirty.current) {
      const draft = draftsRef.current[code];
      const item = itemsByCode.current.get(code);
      if (!draft || !item) continue;
      if (draft.value === null && !sheetRef.current.entries[code]) {
        // Nothing stored and nothing entered: there is nothing to save (a remark waits for a value).
        if (!draft.remark) dirty.current.delete(code);
        continue;
      }
      if (problemOf(item, draft.value) === null) out.push([code, draft]);
    }
    return out;
  }, []);

  /** One request; resolves true when part of the batch is left to send right away. */
  const runOnce = useCallback(async (): Promise<boolean> => {
    const batch = sendable();
    const sentRemark = remarkDirty.current ? remarkRef.current : undefined;
    if (batch.length === 0 && sentRemark === undefined) {
      setSave((s) =>
        dirty.current.size > 0
          ? { ...s, status: 'dirty' }
          : s.status === 'dirty'
            ? { ...s, status: 'clean' }
            : s,
      );
      return false;
    }
    setSave((s) => ({ ...s, status: 'saving', error: null }));
    try {
      const view = await saveScores({
        sheetId: sheetRef.current.id,
        expectedVersion: sheetRef.current.version,
        entries: batch.map(([item, d]) => ({ item, value: d.value, remark: d.remark })),
        ...(sentRemark === undefined ? {} : { remark: sentRemark }),
      });
      setSheet(view);
      for (const [code, d] of batch) {
        // Edited again while in flight: still dirty, sent by the next save.
        if (draftsRef.current[code] === d) dirty.current.delete(code);
      }
      if (sentRemark !== undefined && remarkRef.current === sentRemark) remarkDirty.current = false;
      setServerProblems((p) => {
        const next = { ...p };
        for (const [code] of batch) delete next[code];
        return next;
      });
      setSave({
        status: dirty.current.size > 0 || remarkDirty.current ? 'dirty' : 'saved',
        savedAt: new Date(),
        error: null,
      });
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code === 'CONFLICT') {
        conflict.current = true;
        setSave((s) => ({ ...s, status: 'conflict', error }));
      } else if (error.code === 'INVALID_INPUT' && typeof error.details?.path === 'string') {
        const path = error.details.path;
        const { problem, max, step } = error.details;
        const refused: ServerProblem = { problem: typeof problem === 'string' ? problem : '' };
        if (typeof max === 'number') refused.max = max;
        if (typeof step === 'number') refused.step = step;
        setServerProblems((p) => ({ ...p, [path]: refused }));
        // Not retried until edited again; the rest of the batch is retried without it.
        dirty.current.delete(path);
        setSave((s) => ({ ...s, status: 'dirty', error }));
        return true;
      } else {
        setSave((s) => ({ ...s, status: 'error', error }));
      }
    }
    return false;
  }, [sendable, setSheet]);

  const canStart = useCallback(
    () => !conflict.current && sheetRef.current.status !== 'submitted',
    [],
  );
  const keepGoing = useCallback(() => !conflict.current, []);
  const saves = useSerialSaves(runOnce, canStart, keepGoing);
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    return saves.run();
  }, [saves]);

  /** Resolves once everything typed so far is saved (or refused). */
  const flushAll = useCallback(async (): Promise<void> => {
    while (saves.running) await saves.running;
    await flush();
  }, [flush, saves]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  /** Puts a draft on screen and queues its save; the ordinary path for typing and for undo. */
  const apply = useCallback(
    (code: string, draft: ItemDraft) => {
      draftsRef.current = { ...draftsRef.current, [code]: draft };
      setDrafts(draftsRef.current);
      dirty.current.add(code);
      setServerProblems((p) => {
        if (!(code in p)) return p;
        const next = { ...p };
        delete next[code];
        return next;
      });
      if (!conflict.current) setSave((s) => ({ ...s, status: 'dirty' }));
      schedule();
    },
    [schedule],
  );

  const edit = useCallback(
    (code: string, draft: ItemDraft) => {
      setHistory(
        recordEdit(
          history.current,
          [{ key: code, before: draftsRef.current[code], after: draft }],
          {
            at: Date.now(),
            group: code,
            same: sameDraft,
          },
        ),
      );
      apply(code, draft);
    },
    [apply, setHistory],
  );

  /**
   * Ctrl+Z / Ctrl+Y: puts back the values of the last edit (or the one undone) and saves them
   * like any edit, so each undo is an ordinary, audited change. Answers the first item touched,
   * or null when there was nothing to do (or the sheet is locked or in conflict).
   */
  const step = useCallback(
    (direction: 'undo' | 'redo'): string | null => {
      if (conflict.current || sheetRef.current.status === 'submitted') return null;
      const taken = (direction === 'undo' ? undoStep : redoStep)(history.current);
      if (!taken) return null;
      setHistory(taken.stack);
      for (const { key, value } of taken.restore)
        apply(key, value ?? { value: null, remark: draftsRef.current[key]?.remark ?? '' });
      return taken.restore[0]?.key ?? null;
    },
    [apply, setHistory],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const setRemark = useCallback(
    (text: string) => {
      remarkRef.current = text;
      setRemarkState(text);
      remarkDirty.current = true;
      if (!conflict.current) setSave((s) => ({ ...s, status: 'dirty' }));
      schedule();
    },
    [schedule],
  );

  /** After a conflict: shows the stored sheet, and keeps what was not saved visible for re-entry. */
  const reload = useCallback(async () => {
    const fresh = await getSheet(sheetRef.current.id);
    const kept: Drafts = {};
    for (const code of dirty.current) {
      const draft = draftsRef.current[code];
      if (draft) kept[code] = draft;
    }
    setLeftovers(kept);
    // What was undone or typed before the conflict no longer matches the stored sheet.
    setHistory(emptyUndo());
    dirty.current.clear();
    remarkDirty.current = false;
    conflict.current = false;
    setSheet(fresh);
    draftsRef.current = draftsFromSheet(fresh);
    setDrafts(draftsRef.current);
    remarkRef.current = fresh.remark;
    setRemarkState(fresh.remark);
    setSave({ status: 'clean', savedAt: null, error: null });
  }, [setSheet, setHistory]);

  /** A submit or reopen changed the sheet: take its view (and version) as the new base. */
  const replaceSheet = useCallback(
    (view: SheetView) => {
      setSheet(view);
    },
    [setSheet],
  );

  const dismissLeftovers = useCallback(() => setLeftovers({}), []);

  /** The latest view, including versions from saves finished since the last render. */
  const current = useCallback(() => sheetRef.current, []);

  // Leaving the sheet (another screen, another branch) must not drop an edit still waiting
  // for its debounce: send it now. The save completes even though the screen is gone.
  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  }, [flush]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void latestFlush.current();
    },
    [],
  );

  useUnloadGuard(save.status, flush);

  return {
    sheet,
    drafts,
    remark,
    save,
    serverProblems,
    leftovers,
    edit,
    undo,
    redo,
    canUndo,
    setRemark,
    flush,
    flushAll,
    reload,
    replaceSheet,
    dismissLeftovers,
    current,
  };
}

export type SheetEditor = ReturnType<typeof useSheetEditor>;
