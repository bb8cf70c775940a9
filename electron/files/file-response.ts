import type { Readable } from 'node:stream';
import { contentDisposition } from './content-disposition';
import type { Outbox } from './outbox';

/** An answer to `GET /__xingping/files/<id>`, the same for the web host and Electron. */
export interface FileResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable | null;
}

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  // Only our own page may embed or fetch it.
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Text is sent as bytes: the page decodes it (UTF-8, else GB18030), as Notepad would. */
function typeHeader(mimeType: string): string {
  return mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : mimeType;
}

/**
 * Uses the one-time link `id`: 404 when it was used or expired, else the bytes as a stream
 * with the file's name, shown in the page (`inline`) or saved (`download`).
 */
export function outgoingResponse(
  outbox: Outbox,
  id: string,
  options: { download: boolean; head: boolean },
): FileResponse {
  const taken = outbox.take(id);
  if (!taken)
    return {
      status: 404,
      headers: { ...COMMON, 'Content-Type': 'text/plain; charset=utf-8' },
      body: null,
    };
  const { file } = taken;
  return {
    status: 200,
    headers: {
      ...COMMON,
      'Content-Type': typeHeader(file.mimeType),
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(
        file.fileName,
        options.download ? 'attachment' : 'inline',
      ),
      // A document shown in a frame runs nothing and reaches nothing.
      'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
    body: options.head ? null : taken.stream(),
  };
}
