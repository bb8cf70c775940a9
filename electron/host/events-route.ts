import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventHub } from '../events';
import { hasSession } from './session';

/** A comment line now and then keeps proxies and the browser from closing an idle stream. */
const KEEPALIVE_MS = 15_000;

/**
 * `GET /__xingping/events`: the contract's events as Server-Sent Events (`event: <name>`,
 * `data: <json>`), for the page's `EventSource`, which sends the session cookie (it cannot
 * send a header) and reconnects by itself.
 */
export function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  options: { events: EventHub; token: string; port: number },
): Promise<void> {
  if (req.method !== 'GET') {
    res.writeHead(405, { Allow: 'GET' }).end();
    return Promise.resolve();
  }
  if (!hasSession(req, options.token, options.port)) {
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Unauthorized');
    return Promise.resolve();
  }
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const stop = options.events.subscribe((event) => {
    res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
  });
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  return new Promise((resolve) => {
    res.on('close', () => {
      clearInterval(keepalive);
      stop();
      resolve();
    });
  });
}
