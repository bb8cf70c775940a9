import type { MethodName } from '../shared/api';

/**
 * IPC channel names are derived from the contract, never written by hand: main registers and the
 * preload invokes exactly `xingping:<method>` for each method in `shared/api.ts`.
 */
export const IPC_CHANNEL_PREFIX = 'xingping:';

export function ipcChannel(method: MethodName): string {
  return IPC_CHANNEL_PREFIX + method;
}

/**
 * The host face's channels (files chosen and saved through native dialogs): not contract
 * methods, because what they do differs per host; the same four on every Electron build.
 */
export const HOST_CHANNELS = {
  pick: 'xingping-host:files.pick',
  accept: 'xingping-host:files.accept',
  save: 'xingping-host:files.save',
  chooseFolder: 'xingping-host:files.chooseFolder',
} as const;

/** Main → page: the contract's events, one channel, checked against the event list. */
export const EVENT_CHANNEL = 'xingping-event';
