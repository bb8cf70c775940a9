import { useLayoutEffect, useState } from 'react';
import { SerialRunner } from '../../../../shared/util/serial-runner';

/**
 * The score sheet's and the grid's autosave loop (see SerialRunner): one runner per editor,
 * created once so the loop in flight survives re-renders, always calling the latest callbacks.
 */
export function useSerialSaves(
  saveOnce: () => Promise<unknown>,
  canStart: () => boolean,
  keepGoing: () => boolean,
): SerialRunner {
  const [runner] = useState(() => new SerialRunner());
  // A layout effect: in place before any effect or event of the editor can ask for a save.
  useLayoutEffect(() => {
    runner.configure(saveOnce, canStart, keepGoing);
  }, [runner, saveOnce, canStart, keepGoing]);
  return runner;
}
