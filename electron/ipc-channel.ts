import type { MethodName } from '../shared/api';

/**
 * IPC channel names are derived from the contract, never written by hand: main registers and the
 * preload invokes exactly `xingping:<method>` for each method in `shared/api.ts`.
 */
export const IPC_CHANNEL_PREFIX = 'xingping:';

export function ipcChannel(method: MethodName): string {
  return IPC_CHANNEL_PREFIX + method;
}
