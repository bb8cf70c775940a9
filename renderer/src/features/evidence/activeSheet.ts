import { useEffect, useSyncExternalStore } from 'react';

/**
 * The sheet whose evidence the paperclips on screen belong to. The score sheet's actions
 * publish it, so item rows need no extra props threaded through the sheet screen.
 */
export interface EvidenceSheet {
  sheetId: string;
  locked: boolean;
}

let current: EvidenceSheet | null = null;
const listeners = new Set<() => void>();

function set(next: EvidenceSheet | null): void {
  if (current?.sheetId === next?.sheetId && current?.locked === next?.locked) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the sheet's actions while the sheet is on screen. */
export function usePublishEvidenceSheet(sheetId: string, locked: boolean): void {
  useEffect(() => {
    set({ sheetId, locked });
  }, [sheetId, locked]);
  useEffect(
    () => () => {
      if (current?.sheetId === sheetId) set(null);
    },
    [sheetId],
  );
}

export function useEvidenceSheet(): EvidenceSheet | null {
  return useSyncExternalStore(subscribe, () => current);
}
