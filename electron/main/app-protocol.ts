import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { FILES_ROUTE, fileLinkId } from '../../shared/transport';
import type { Outbox } from '../files/outbox';
import { outgoingResponse } from '../files/file-response';
import { buildCsp, createNonce, renderIndexHtml } from '../security/csp';
import { APP_HOST, isInternalUrl } from '../security/internal-url';
import { contentTypeFor, resolveStaticPath } from '../security/static-files';
import { createLogger } from '../logger';

const log = createLogger('protocol');

export interface AppProtocolOptions {
  /** Injected by tests; defaults to a fresh random nonce per page load. */
  createNonce?: () => string;
  readFile?: (path: string) => Promise<Buffer>;
  /** Files main built for the page, shown through their one-time links. */
  outbox?: Outbox;
}

/** `app://xingping/__xingping/files/<id>`: a one-time link, as the web host serves it. */
function fileLinkResponse(outbox: Outbox, url: URL, head: boolean): Response {
  const id = fileLinkId(url.pathname);
  if (id === null) return notFound();
  const answer = outgoingResponse(outbox, id, { download: url.searchParams.has('download'), head });
  const body = answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: answer.status, headers: answer.headers });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * The handler behind `protocol.handle('app', …)`: serves the built renderer from `root` and
 * nothing else. Every HTML page (index.html) gets a fresh CSP nonce on every load, both in the response header
 * (what the browser enforces) and in a meta tag (where antd reads it for its style tags).
 * Uses only web-standard Request/Response, so it runs under plain Node in tests.
 */
export function createAppProtocolHandler(
  root: string,
  options: AppProtocolOptions = {},
): (request: Request) => Promise<Response> {
  const makeNonce = options.createNonce ?? createNonce;
  const read = options.readFile ?? ((path: string) => readFile(path));

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    if (!isInternalUrl(request.url)) return notFound();
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST) return notFound();
    if (url.pathname.startsWith(FILES_ROUTE)) {
      return options.outbox
        ? fileLinkResponse(options.outbox, url, request.method === 'HEAD')
        : notFound();
    }
    const file = resolveStaticPath(root, url.pathname);
    if (file === null) return notFound();

    let body: Buffer;
    try {
      body = await read(file);
    } catch (error) {
      if (isMissing(error)) return notFound();
      log.error(`cannot read ${file}`, error);
      return new Response('Internal error', { status: 500 });
    }

    const headers = new Headers({
      'Content-Type': contentTypeFor(file),
      'X-Content-Type-Options': 'nosniff',
    });
    let payload: string | Uint8Array = new Uint8Array(body);
    if (contentTypeFor(file).startsWith('text/html')) {
      const nonce = makeNonce();
      payload = renderIndexHtml(body.toString('utf8'), nonce);
      headers.set('Content-Security-Policy', buildCsp(nonce));
      // A cached copy would carry a stale nonce.
      headers.set('Cache-Control', 'no-store');
    }
    return new Response(request.method === 'HEAD' ? null : payload, { status: 200, headers });
  };
}
