import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../logger';
import type { Registry } from '../services/registry';
import { API_PREFIX, handleApi, sendTransportError } from './api-route';
import { createToken, isAllowedHost, isToken, tokenCookie } from './auth';
import { buildBridgeScript } from './bridge-script';
import { parseRequestPath } from './request-path';
import { serveStatic } from './static-route';

const log = createLogger('host');

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  registry: Pick<Registry, 'call'>;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

/**
 * The browser transport of the registry: the built renderer plus `POST /api/<method>`, bound to
 * 127.0.0.1 only, guarded by a random per-start token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? createToken();
  const bridgeScript = buildBridgeScript();
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
    // Opening the printed URL hands this browser the token as an HttpOnly cookie: other tabs
    // (a link opened in a new tab, the address typed again) work without it in their address.
    if (!path.raw.startsWith(API_PREFIX) && isToken(path.token, token))
      res.setHeader('Set-Cookie', tokenCookie(token));
    const work = path.raw.startsWith(API_PREFIX)
      ? handleApi(req, res, { registry: options.registry, token, port, path: path.decoded })
      : serveStatic(res, { root: options.rendererDir, urlPath: path.raw, bridgeScript });
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
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
