import type { MethodName } from '../../shared/api';
import type { Result } from '../../shared/result';
import { ipcChannel } from '../ipc-channel';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The preload's one transport function. The registry never throws, but `ipcRenderer.invoke`
 * itself rejects when main has no handler (shutting down) or the input cannot be cloned, so a
 * rejection is turned into the same envelope every other failure uses.
 */
export function createIpcCall(
  invoke: Invoke,
): (method: MethodName, input: unknown) => Promise<Result<unknown>> {
  return async (method, input) => {
    try {
      return (await invoke(ipcChannel(method), input)) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `IPC call ${method} failed`, details: { method } },
      };
    }
  };
}
