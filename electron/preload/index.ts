import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES } from '../../shared/api';
import { buildBridge } from '../../shared/bridge';
import { EVENT_CHANNEL } from '../ipc-channel';
import { electronFaces } from './faces';
import { createIpcCall } from './ipc-call';

const invoke = (channel: string, input: unknown) => ipcRenderer.invoke(channel, input);

// The renderer gets exactly the contract, one frozen function per method, plus the file and
// event faces, and nothing else: no ipcRenderer, no generic invoke, so a compromised page can
// only do what the API allows.
contextBridge.exposeInMainWorld(
  'xingping',
  buildBridge(
    METHOD_NAMES,
    createIpcCall(invoke),
    electronFaces({
      invoke,
      pathOf: (file) => webUtils.getPathForFile(file as File),
      onEvent: (handler) =>
        ipcRenderer.on(EVENT_CHANNEL, (_event, payload: unknown) => handler(payload)),
    }),
  ),
);
