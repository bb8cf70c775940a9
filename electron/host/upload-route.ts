import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileKind } from '../../shared/domain/views/files';
import { FILE_KIND_NAMES } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';
import { fail, ok } from '../../shared/result';
import type { Inbox } from '../files/inbox';
import { createLogger } from '../logger';
import { isAllowedOrigin } from './auth';
import { sendEnvelope } from './respond';
import { hasSession } from './session';

const log = createLogger('upload');

/** What a refused upload may still send before the connection is cut. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

function isKind(value: string | null): value is FileKind {
  return value !== null && (FILE_KIND_NAMES as readonly string[]).includes(value);
}

/**
 * A refused upload's answer must reach the browser, which is still sending: the rest of the
 * body is read and dropped (up to a bound, then the connection is cut), so the socket is not
 * reset under the answer.
 */
function discardRest(req: IncomingMessage): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/**
 * `POST /__xingping/upload?kind=<kind>&name=<file name>`: the request body is the file,
 * streamed to the data folder's temporary space and counted on the way; past the kind's limit
 * it is refused at once (and the partial file removed), as is a connection that drops. The
 * answer is the held file (`PickedFile`), whose id the page passes to a method.
 */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  options: { inbox: Inbox; token: string; port: number },
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  const refuse = (code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'INVALID_INPUT', message: string) => {
    discardRest(req);
    sendEnvelope(res, fail({ code, message }), true, { Connection: 'close' });
  };
  // The header from the tab that has the token, the session cookie from another tab.
  if (!hasSession(req, options.token, options.port))
    return refuse('UNAUTHORIZED', 'Missing or wrong token');
  if (!isAllowedOrigin(req.headers.origin, options.port))
    return refuse('FORBIDDEN', 'Cross-origin request refused');
  const query = new URL(req.url ?? '/', 'http://x').searchParams;
  const kind = query.get('kind');
  const fileName = query.get('name') ?? '';
  if (!isKind(kind) || fileName.trim() === '' || fileName.length > 255)
    return refuse('INVALID_INPUT', 'Upload needs a known kind and a file name');
  const length = req.headers['content-length'];
  try {
    const held = await options.inbox.receive(req, {
      fileName,
      kind,
      ...(length === undefined ? {} : { declaredSize: Number(length) }),
    });
    sendEnvelope(res, ok(held));
  } catch (error) {
    // The page went away (its connection is gone): there is no one to answer.
    if (res.destroyed || !res.socket || res.socket.destroyed) return;
    if (error instanceof AppError) {
      discardRest(req);
      sendEnvelope(res, fail(error.toPayload()), true, { Connection: 'close' });
      return;
    }
    log.error(`upload of ${fileName} failed`, error);
    discardRest(req);
    sendEnvelope(res, fail({ code: 'INTERNAL', message: 'Upload failed' }), true, {
      Connection: 'close',
    });
  }
}
