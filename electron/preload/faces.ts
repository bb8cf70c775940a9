import type { AppEventName } from '../../shared/api/events';
import { isAppEvent } from '../../shared/api/events';
import type { EventsFace, FilesFace, HostFaces, PageFile } from '../../shared/bridge';
import type { Result } from '../../shared/result';
import { HOST_CHANNELS } from '../ipc-channel';
import type { Invoke } from './ipc-call';

export interface ElectronFaceDeps {
  invoke: Invoke;
  /** The path of a dropped file (Electron's `webUtils.getPathForFile`); '' when it has none. */
  pathOf: (file: PageFile) => string;
  /** Subscribes to main's event channel once; the face fans events out to listeners. */
  onEvent: (handler: (payload: unknown) => void) => void;
}

async function ask<T>(invoke: Invoke, channel: string, input: unknown): Promise<Result<T>> {
  try {
    return (await invoke(channel, input)) as Result<T>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `IPC call ${channel} failed` } };
  }
}

/**
 * Electron's file face: dialogs run in main, which reads and writes the files itself. A
 * dropped file travels as its path, taken from the File object by Electron (never a string
 * the page made up); main checks it is a file and within the kind's limit.
 */
export function electronFiles(deps: ElectronFaceDeps): FilesFace {
  return {
    pick: (options) =>
      ask(deps.invoke, HOST_CHANNELS.pick, {
        kind: options.kind,
        multiple: options.multiple ?? false,
      }),
    accept: (files, kind) =>
      ask(deps.invoke, HOST_CHANNELS.accept, { kind, paths: files.map(deps.pathOf) }),
    save: (file) => ask(deps.invoke, HOST_CHANNELS.save, { id: file.id }),
    chooseFolder: () => ask(deps.invoke, HOST_CHANNELS.chooseFolder, {}),
  };
}

/** Electron's event face: main's `webContents.send` on one channel, checked, then fanned out. */
export function electronEvents(deps: ElectronFaceDeps): EventsFace {
  const listeners = new Map<AppEventName, Set<(data: never) => void>>();
  deps.onEvent((payload) => {
    if (!isAppEvent(payload)) return;
    for (const listener of listeners.get(payload.name) ?? []) listener(payload.data as never);
  });
  return {
    subscribe(name, listener) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}

export function electronFaces(deps: ElectronFaceDeps): HostFaces {
  return { files: electronFiles(deps), events: electronEvents(deps) };
}
