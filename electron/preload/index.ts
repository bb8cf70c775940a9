import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/api';
import { buildBridge } from '../../shared/bridge';
import { createIpcCall } from './ipc-call';

// The renderer gets exactly the contract, one frozen function per method, and nothing else:
// no ipcRenderer, no generic invoke, so a compromised page can only do what the API allows.
contextBridge.exposeInMainWorld(
  'xingping',
  buildBridge(
    METHOD_NAMES,
    createIpcCall((channel, input) => ipcRenderer.invoke(channel, input)),
  ),
);
