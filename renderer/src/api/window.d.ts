import type { XingpingApi } from '../../../shared/api';

declare global {
  interface Window {
    /** Injected by the Electron preload or the web host's bridge script before the app loads. */
    readonly xingping: XingpingApi;
  }
}

export {};
