import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/api';
import type { MethodName } from '../../shared/api';
import type { Preferences } from '../../shared/domain/views';
import type { Result } from '../../shared/result';
import { fail } from '../../shared/result';
import { ipcChannel } from '../ipc-channel';
import { createLogger } from '../logger';
import { isTrustedSender } from '../security/sender-check';
import type { Registry } from '../services/registry';

const log = createLogger('ipc');

export interface IpcHooks {
  /** Called after `preferences.update` succeeded, e.g. to rebuild the menu in the new language. */
  onPreferencesChanged?: (preferences: Preferences) => void;
}

/** Reading `senderFrame` of a frame that is already gone may throw; treat that as "no frame". */
function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/**
 * One `ipcMain.handle` per contract method, each refusing callers that are not our own page
 * (a stray iframe or a navigated-away frame must not reach the data) before handing the raw
 * input to the registry, which validates it. Returns a function that removes the handlers.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  registry: Pick<Registry, 'call'>,
  hooks: IpcHooks = {},
): () => void {
  const handle = async (
    method: MethodName,
    event: IpcMainInvokeEvent,
    input: unknown,
  ): Promise<Result<unknown>> => {
    const url = senderUrl(event);
    if (!isTrustedSender(url)) {
      log.warn(`refused ${method} from untrusted frame ${String(url).slice(0, 200)}`);
      return fail({ code: 'FORBIDDEN', message: 'Caller is not an app page', details: { method } });
    }
    const result = await registry.call(method, input);
    if (result.ok && method === 'preferences.update') {
      try {
        hooks.onPreferencesChanged?.(result.data as Preferences);
      } catch (error) {
        // The preference is saved; a menu that failed to redraw must not turn that into an error.
        log.error('onPreferencesChanged failed', error);
      }
    }
    return result;
  };

  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => handle(method, event, input));
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
