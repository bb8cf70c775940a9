import type { FilesFace, PageFile, UploadProgress } from '../../../shared/bridge';
import type { FileKind, PickedFile, PickOutcome } from '../../../shared/domain/views/files';
import { FILE_KINDS, tooLargeDetails } from '../../../shared/domain/views/files';
import type { Result } from '../../../shared/result';
import { fileLink, uploadLink } from '../../../shared/transport';

type Progress = ((progress: UploadProgress) => void) | undefined;

/** Opens the browser's file chooser; resolves with nothing when the user cancels it. */
function chooseFiles(kind: FileKind, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = FILE_KINDS[kind].extensions.map((ext) => `.${ext}`).join(',');
    input.hidden = true;
    let settled = false;
    const done = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    // Browsers without the input's cancel event: the page gets its focus back when the
    // chooser closes; no change soon after means nothing was chosen.
    window.addEventListener('focus', () => setTimeout(() => done([]), 1500), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Streams one file to the web host (the browser reads it from disk as it sends). */
function upload(
  token: string,
  file: File,
  kind: FileKind,
  onBytes: (loaded: number) => void,
): Promise<Result<PickedFile>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadLink(kind, file.name));
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onBytes(event.loaded);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<PickedFile>);
      } catch {
        resolve({
          ok: false,
          error: { code: 'NETWORK', message: `Upload answered ${xhr.status}` },
        });
      }
    };
    xhr.onerror = () =>
      resolve({ ok: false, error: { code: 'NETWORK', message: 'Upload failed' } });
    xhr.send(file);
  });
}

/**
 * Sends the files one after another. A file over its kind's limit is refused here before a
 * byte is sent (the web host refuses it too, while receiving, should the size lie).
 */
async function sendAll(
  token: string,
  files: readonly File[],
  kind: FileKind,
  onProgress: Progress,
): Promise<Result<PickOutcome>> {
  const outcome: PickOutcome = { files: [], refused: [] };
  for (const [index, file] of files.entries()) {
    const report = (loaded: number) =>
      onProgress?.({ fileName: file.name, loaded, total: file.size, index, count: files.length });
    if (file.size > FILE_KINDS[kind].maxBytes) {
      outcome.refused.push({
        fileName: file.name,
        error: {
          code: 'FILE_TOO_LARGE',
          message: `${file.name} is over the limit`,
          details: tooLargeDetails(file.name, kind, file.size),
        },
      });
      continue;
    }
    report(0);
    const result = await upload(token, file, kind, report);
    if (result.ok) outcome.files.push(result.data);
    else outcome.refused.push({ fileName: file.name, error: result.error });
  }
  return { ok: true, data: outcome };
}

/** The browser's file face: a file input, streamed uploads, downloads through one-time links. */
export function webFiles(token: string): FilesFace {
  return {
    async pick(options, onProgress) {
      const files = await chooseFiles(options.kind, options.multiple ?? false);
      return sendAll(token, files, options.kind, onProgress);
    },
    accept(files: readonly PageFile[], kind, onProgress) {
      return sendAll(token, files as readonly File[], kind, onProgress);
    },
    save(file) {
      const link = document.createElement('a');
      link.href = fileLink(file, 'download');
      link.download = file.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      return Promise.resolve({ ok: true, data: { saved: true, path: null } });
    },
    chooseFolder() {
      // No browser gives a page a folder's path; the backups page offers typing it instead.
      return Promise.resolve({ ok: true, data: { path: null } });
    },
  };
}
