import type { FileKind, OutgoingFile } from './domain/views/files';

/**
 * The routes beside `/api/<method>` through which bytes travel, the same path in both hosts
 * (the web host and Electron's app:// protocol), so a link works wherever the page runs.
 */
export const FILES_ROUTE = '/__xingping/files/';
/** Web host only: `POST /__xingping/upload?kind=…&name=…` with the file as the request body. */
export const UPLOAD_ROUTE = '/__xingping/upload';
/** Web host only: the event stream (Server-Sent Events). */
export const EVENTS_ROUTE = '/__xingping/events';

/** Ids of held and outgoing files: 32 random bytes, base64url. */
export const FILE_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The link of a file main produced, relative so it works on either host: shown in the page
 * (`inline`: an image, a PDF) or, in the browser, downloaded with its name. The name after
 * the id is only for the browser (a PDF viewer's title, its own save button); the id decides.
 */
export function fileLink(
  file: Pick<OutgoingFile, 'id' | 'fileName'>,
  mode: 'inline' | 'download',
): string {
  const name = encodeURIComponent(file.fileName);
  return `${FILES_ROUTE}${file.id}/${name}${mode === 'download' ? '?download=1' : ''}`;
}

/** The id in a file link's path (`/__xingping/files/<id>[/<name>]`), or null. */
export function fileLinkId(pathname: string): string | null {
  if (!pathname.startsWith(FILES_ROUTE)) return null;
  const id = pathname.slice(FILES_ROUTE.length).split('/')[0] ?? '';
  return FILE_ID_PATTERN.test(id) ? id : null;
}

/** The upload URL of one file in the browser. */
export function uploadLink(kind: FileKind, fileName: string): string {
  return `${UPLOAD_ROUTE}?kind=${kind}&name=${encodeURIComponent(fileName)}`;
}
