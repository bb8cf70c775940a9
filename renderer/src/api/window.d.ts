import type { XingpingBridge } from '../../../shared/bridge';

declare global {
  interface Window {
    /** Injected by the Electron preload or the web host's bridge script before the app loads. */
    readonly xingping: XingpingBridge;
  }
}

export {};
