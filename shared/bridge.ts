import type { MethodName, XingpingApi } from './api';
import { splitMethodName } from './api';
import type { AppEventName, AppEvents } from './api/events';
import type { FileKind, OutgoingFile, PickOutcome, SaveOutcome } from './domain/views/files';
import type { Result } from './result';

/** A file the page holds (a browser `File`, dropped or chosen): its name and size suffice here. */
export interface PageFile {
  readonly name: string;
  readonly size: number;
}

/** How far sending chosen files has got (the browser uploads them; Electron needs no sending). */
export interface UploadProgress {
  fileName: string;
  /** Bytes of this file sent so far, of `total`. */
  loaded: number;
  total: number;
  /** This file is number `index` (from 0) of `count`. */
  index: number;
  count: number;
}

export interface PickOptions {
  kind: FileKind;
  multiple?: boolean;
}

/**
 * Files, the same face on both hosts: one interface, one implementation each (Electron: native
 * dialogs and paths in main; browser: a file input, streamed uploads and one-time downloads).
 * The page never learns which host it runs on, and never sees a path it could name itself.
 */
export interface FilesFace {
  /** Asks the user for files of `kind`; both lists are empty when they cancel. */
  pick(
    options: PickOptions,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<Result<PickOutcome>>;
  /** Files dropped on the page. */
  accept(
    files: readonly PageFile[],
    kind: FileKind,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<Result<PickOutcome>>;
  /** Saves a file main built: Electron asks where (native dialog), the browser downloads it. */
  save(file: OutgoingFile): Promise<Result<SaveOutcome>>;
  /**
   * A folder chosen in the native dialog (Electron: a USB stick for backups); null when the
   * user cancels. A browser cannot give a folder's path: there the user types it.
   */
  chooseFolder(): Promise<Result<{ path: string | null }>>;
}

/** The contract's events, pushed by main. */
export interface EventsFace {
  /** Calls `listener` for each event `name` until the returned function is called. */
  subscribe<K extends AppEventName>(name: K, listener: (data: AppEvents[K]) => void): () => void;
}

export interface HostFaces {
  files: FilesFace;
  events: EventsFace;
}

/** `window.xingping`: every contract method by area, plus the host's file and event faces. */
export type XingpingBridge = Omit<XingpingApi, 'files'> & {
  readonly files: XingpingApi['files'] & FilesFace;
  readonly events: EventsFace;
};

/**
 * Builds the frozen `window.xingping` object from the contract's method names, one transport
 * function and the host's faces. Used by the Electron preload and the web bridge alike, so the
 * two have the same shape by construction. A face verb that a contract area also has throws.
 */
export function buildBridge(
  methods: readonly MethodName[],
  call: (method: MethodName, input: unknown) => Promise<Result<unknown>>,
  faces: HostFaces,
): XingpingBridge {
  const areas: Record<string, Record<string, unknown>> = {};
  for (const name of methods) {
    const [area, verb] = splitMethodName(name);
    const target = (areas[area] ??= {});
    target[verb] = (input: unknown) => call(name, input ?? {});
  }
  for (const [area, face] of Object.entries(faces) as [string, Record<string, unknown>][]) {
    const target = (areas[area] ??= {});
    for (const [verb, fn] of Object.entries(face)) {
      if (verb in target) throw new Error(`Face ${area}.${verb} clashes with the contract`);
      target[verb] = fn;
    }
  }
  for (const area of Object.values(areas)) Object.freeze(area);
  return Object.freeze(areas) as unknown as XingpingBridge;
}
