import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENTS_ROUTE, FILES_ROUTE, UPLOAD_ROUTE } from '../../shared/transport';
import type { EventHub } from '../events';
import type { FileTransfers } from '../files/transfers';
import { createLogger } from '../logger';
import type { Registry } from '../services/registry';
import { API_PREFIX, handleApi, sendTransportError } from './api-route';
import { createToken, isAllowedHost } from './auth';
import { handleEvents } from './events-route';
import { handleFileLink } from './files-route';
import { parseRequestPath } from './request-path';
import { serveStatic } from './static-route';
import { handleUpload } from './upload-route';

const log = createLogger('host');

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  registry: Registry;
  /** Where uploads are held and built files wait for their one-time link. */
  files: FileTransfers;
  /** The contract's events, streamed to pages. */
  events: EventHub;
  /** Folder of the built renderer (out/renderer), the web bridge included. */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

/**
 * The browser transport of the registry: the built renderer, `POST /api/<method>`, streamed
 * uploads and one-time downloads, and the event stream; bound to 127.0.0.1 only, guarded by a
 * random per-start token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? createToken();
  let port = options.port;

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const path = parseRequestPath(req.url);
    if (path === null) {
      sendTransportError(res, {
        code: 'INVALID_URL',
        message: 'Malformed request path',
        details: { path: (req.url ?? '').slice(0, 200) },
      });
      return;
    }
    const route = path.raw;
    const guard = { token, port };
    const work = route.startsWith(API_PREFIX)
      ? handleApi(req, res, { registry: options.registry, ...guard, path: path.decoded })
      : route === UPLOAD_ROUTE
        ? handleUpload(req, res, { inbox: options.files.inbox, ...guard })
        : route.startsWith(FILES_ROUTE)
          ? handleFileLink(req, res, { outbox: options.files.outbox, ...guard })
          : route === EVENTS_ROUTE
            ? handleEvents(req, res, { events: options.events, ...guard })
            : serveStatic(req, res, {
                root: options.rendererDir,
                url: new URL(req.url ?? '/', 'http://127.0.0.1'),
                ...guard,
              });
    work.catch((error: unknown) => {
      log.error(`${req.method ?? '?'} ${path.raw.slice(0, 200)} failed`, error);
      if (res.headersSent) res.end();
      else sendTransportError(res, { code: 'INTERNAL', message: 'Internal error' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  return {
    url,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections (and the event stream) open; close() would wait for them.
        server.closeAllConnections();
      }),
  };
}
