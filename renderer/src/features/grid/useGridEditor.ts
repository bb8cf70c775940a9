import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryValue } from '../../../../shared/domain/entry';
import type { GridRow, GridView } from '../../../../shared/domain/views/grid';
import type { ApiError } from '../../api/ApiError';
import { toApiError } from '../../api/ApiError';
import { useSerialSaves } from '../scoring/useSerialSaves';
import { saveGrid } from './api';
import type { CellProblem, CellReading } from '../../../../shared/grid/cell-text';
import { isCellProblem } from '../../../../shared/grid/cell-text';

/** What the screen holds for a cell typed or pasted and not yet confirmed stored. */
export interface Draft {
  text: string;
  reading: CellReading;
  /** Refused by the server (e.g. the sheet was submitted meanwhile). */
  refused?: CellProblem;
}

export type Drafts = Record<string, Draft>;

export type GridSaveStatus = 'clean' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

export interface GridSaveState {
  status: GridSaveStatus;
  error: ApiError | null;
}

export const cellKey = (branchId: string, item: string) => `${branchId}|${item}`;

const DEBOUNCE_MS = 500;

/** The cell's problem, local or from the server, or null. */
export function draftProblem(draft: Draft | undefined): CellProblem | null {
  if (!draft) return null;
  if (isCellProblem(draft.reading)) return draft.reading;
  return draft.refused ?? null;
}

/**
 * Rows as stored plus the drafts on screen, and the save queue: one grid.save at a time with
 * the versions of the latest answer, so nothing typed while a save runs is lost. Invalid
 * drafts stay on screen and are never sent. A conflict stops the queue until a reload.
 */
export function useGridEditor(view: GridView) {
  const [rows, setRowsState] = useState(view.rows);
  const [drafts, setDraftsState] = useState<Drafts>({});
  const [save, setSave] = useState<GridSaveState>({ status: 'clean', error: null });
  const rowsRef = useRef(view.rows);
  const draftsRef = useRef<Drafts>({});
  const pending = useRef(new Set<string>());
  const conflict = useRef(false);
  const savedOnce = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDrafts = useCallback((next: Drafts) => {
    draftsRef.current = next;
    setDraftsState(next);
  }, []);

  const runOnce = useCallback(async (): Promise<void> => {
    const byKey = new Map(rowsRef.current.map((r) => [r.branchId, r]));
    const sent: [string, Draft][] = [];
    const cells: { branchId: string; item: string; value: EntryValue | null }[] = [];
    const versions: Record<string, number> = {};
    for (const key of pending.current) {
      const draft = draftsRef.current[key];
      const [branchId = '', item = ''] = key.split('|');
      const row = byKey.get(branchId);
      if (!draft || !row || isCellProblem(draft.reading)) continue;
      const value = draft.reading.kind === 'value' ? draft.reading.value : null;
      sent.push([key, draft]);
      cells.push({ branchId, item, value });
      if (row.sheetId !== null && row.version !== null) versions[row.sheetId] = row.version;
    }
    if (cells.length === 0) {
      setSave((s) => ({ ...s, status: savedOnce.current ? 'saved' : 'clean' }));
      return;
    }
    setSave({ status: 'saving', error: null });
    try {
      const result = await saveGrid({
        roundId: view.roundId,
        evaluatorId: view.evaluatorId,
        cells,
        versions,
      });
      const fresh = new Map(result.rows.map((r) => [r.branchId, r]));
      rowsRef.current = rowsRef.current.map((r) => fresh.get(r.branchId) ?? r);
      setRowsState(rowsRef.current);
      if (result.conflict) {
        conflict.current = true;
        setSave({ status: 'conflict', error: null });
        return;
      }
      const next = { ...draftsRef.current };
      const outcome = new Map(result.cells.map((c) => [cellKey(c.branchId, c.item), c]));
      for (const [key, draft] of sent) {
        const cell = outcome.get(key);
        // Edited again while in flight: still pending, sent by the next save.
        if (next[key] !== draft) continue;
        pending.current.delete(key);
        if (!cell || cell.status === 'saved') delete next[key];
        else
          next[key] = {
            ...draft,
            refused: {
              problem: cell.status === 'invalid' ? (cell.problem ?? 'other') : cell.status,
              ...(cell.max === undefined ? {} : { max: cell.max }),
              ...(cell.step === undefined ? {} : { step: cell.step }),
            },
          };
      }
      setDrafts(next);
      savedOnce.current = true;
      setSave({ status: pending.current.size > 0 ? 'dirty' : 'saved', error: null });
    } catch (caught) {
      setSave({ status: 'error', error: toApiError(caught) });
    }
  }, [view.roundId, view.evaluatorId, setDrafts]);

  const noConflict = useCallback(() => !conflict.current, []);
  const saves = useSerialSaves(runOnce, noConflict, noConflict);
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    return saves.run();
  }, [saves]);

  /** Sets cells from typed or pasted text; `now` skips the typing debounce (a paste). */
  const setCells = useCallback(
    (
      changes: { branchId: string; item: string; text: string; reading: CellReading }[],
      now: boolean,
    ) => {
      const next = { ...draftsRef.current };
      const byKey = new Map(rowsRef.current.map((r) => [r.branchId, r]));
      for (const c of changes) {
        const key = cellKey(c.branchId, c.item);
        const stored = byKey.get(c.branchId)?.values[c.item];
        if ('kind' in c.reading && c.reading.kind === 'empty' && stored === undefined) {
          // Nothing stored and nothing entered: nothing to save.
          delete next[key];
          pending.current.delete(key);
          continue;
        }
        next[key] = { text: c.text, reading: c.reading };
        // Refused cells stay on screen (and in the problems list) but are never sent.
        if (isCellProblem(c.reading)) pending.current.delete(key);
        else pending.current.add(key);
      }
      setDrafts(next);
      if (conflict.current) return;
      if (pending.current.size > 0) setSave((s) => ({ ...s, status: 'dirty' }));
      clearTimeout(timer.current);
      if (now) void flush();
      else timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, setDrafts],
  );

  /**
   * After a conflict: the stored rows with their new versions. The values typed here stay on
   * screen and are sent again over them, as the user asked by reloading.
   */
  const reload = useCallback(
    (fresh: GridRow[]) => {
      conflict.current = false;
      rowsRef.current = fresh;
      setRowsState(fresh);
      setSave({ status: pending.current.size > 0 ? 'dirty' : 'clean', error: null });
      void flush();
    },
    [flush],
  );

  // Leaving the screen must not drop an edit still waiting for its debounce: send it now.
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

  return { rows, drafts, save, setCells, flush, reload };
}

export type GridEditor = ReturnType<typeof useGridEditor>;
