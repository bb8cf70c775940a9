import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { fileLinkId } from '../../shared/transport';
import { outgoingResponse } from '../files/file-response';
import type { Outbox } from '../files/outbox';
import { createLogger } from '../logger';
import { hasSession } from './session';

const log = createLogger('download');

/**
 * `GET /__xingping/files/<id>[/<name>][?download=1]`: a file main built, behind a one-time link that
 * also needs the page's token (as the session cookie: a link the browser follows cannot send a
 * header). Streamed from disk; `?download=1` asks the browser to save it under its UTF-8 name.
 */
export async function handleFileLink(
  req: IncomingMessage,
  res: ServerResponse,
  options: { outbox: Outbox; token: string; port: number },
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (!hasSession(req, options.token, options.port)) {
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Unauthorized');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://x');
  const id = fileLinkId(url.pathname);
  if (id === null) {
    res.writeHead(404).end();
    return;
  }
  const answer = outgoingResponse(options.outbox, id, {
    download: url.searchParams.has('download'),
    head: req.method === 'HEAD',
  });
  res.writeHead(answer.status, answer.headers);
  if (!answer.body) {
    res.end();
    return;
  }
  try {
    await pipeline(answer.body, res);
  } catch (error) {
    // The browser stopped the download (or the page closed): nothing else to do.
    log.info(`download ${id.slice(0, 8)}… ended early: ${String(error)}`);
  }
}
