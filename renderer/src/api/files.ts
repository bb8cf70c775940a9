import type { PageFile, UploadProgress } from '../../../shared/bridge';
import type {
  FileKind,
  OutgoingFile,
  PickOutcome,
  SaveOutcome,
} from '../../../shared/domain/views/files';
import { call, unwrap } from './client';

/**
 * Files through the host's face (`window.xingping.files`): the page asks to choose or save a
 * file and gets held files (ids for methods) or where a file went; it never learns whether it
 * runs in Electron or the browser.
 */
export function pickFiles(
  kind: FileKind,
  options: { multiple?: boolean; onProgress?: (progress: UploadProgress) => void } = {},
): Promise<PickOutcome> {
  return unwrap(
    window.xingping.files.pick({ kind, multiple: options.multiple ?? false }, options.onProgress),
  );
}

/** Files dropped on the page. */
export function acceptFiles(
  files: readonly PageFile[],
  kind: FileKind,
  onProgress?: (progress: UploadProgress) => void,
): Promise<PickOutcome> {
  return unwrap(window.xingping.files.accept(files, kind, onProgress));
}

/** Saves a file main built: a save dialog in Electron, a download in the browser. */
export function saveFile(file: OutgoingFile): Promise<SaveOutcome> {
  return unwrap(window.xingping.files.save(file));
}

/** Lets main drop chosen files the page no longer needs (a dialog closed); never fails. */
export function releaseFiles(ids: readonly string[]): void {
  if (ids.length === 0) return;
  call('files.release', { ids: [...ids] }).catch(() => undefined);
}

/** A folder from the native dialog (Electron); null when cancelled or in the browser. */
export async function chooseFolder(): Promise<string | null> {
  return (await unwrap(window.xingping.files.chooseFolder())).path;
}
