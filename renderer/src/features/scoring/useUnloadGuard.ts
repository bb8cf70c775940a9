import { useEffect, useRef } from 'react';

/** Where a sheet's edits are; defined here, below the editor that reports it, so no cycle. */
export type SaveStatus = 'clean' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

/** Statuses in which something typed is not yet stored: leaving now could lose it. */
export function hasUnsavedWork(status: SaveStatus): boolean {
  return status === 'dirty' || status === 'saving' || status === 'conflict' || status === 'error';
}

/**
 * Asks before the page unloads (reload, closing the tab or the window) while an edit is not yet
 * saved, and sends what can be sent at once. In Electron the window's `will-prevent-unload`
 * handler turns this into a native dialog (electron/main/unload-guard.ts).
 */
export function useUnloadGuard(status: SaveStatus, flush: () => Promise<void>): void {
  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  }, [flush]);
  const unsaved = hasUnsavedWork(status);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void latestFlush.current();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}
