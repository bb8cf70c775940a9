import { request } from 'node:http';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import type { AppServices } from '../../../electron/services/app';
import type { WebHost } from '../../../electron/host/server';
import { JSON_BODY_LIMIT } from '../../../electron/host/api-route';
import { startWebHost } from '../../../electron/host/server';
import { count, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let host: WebHost;

beforeEach(async () => {
  tmp = tempDir();
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>x</title><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  // The web bridge as the build makes it (npm test builds first).
  mkdirSync(join(rendererDir, '__xingping'));
  copyFileSync(
    resolve('out/renderer/__xingping/bridge.js'),
    join(rendererDir, '__xingping', 'bridge.js'),
  );
  writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
  services = testServices(join(tmp.dir, 'h.sqlite'));
  host = await startWebHost({
    registry: services.registry,
    files: services.ctx.files,
    events: services.events,
    rendererDir,
    port: 0,
  });
});

afterEach(async () => {
  await host.close();
  services.close();
  tmp.cleanup();
});

function api(method: string, body: unknown, token: string | null = host.token): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A raw request, for headers fetch() will not let us set. */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: 'GET', headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A raw request with its status and body, for paths fetch() would normalise. */
function rawGet(path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method,
        headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}` },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('web host', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the token with the result envelope', async () => {
    const response = await api('campaigns.list', {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; data: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.data).toHaveLength(1);
  });

  it('refuses a request without the token or with a wrong one with 401 and writes nothing', async () => {
    const before = count(services, 'campaigns');
    const demo = services.ctx.db.prepare('SELECT id FROM campaigns').get() as { id: string };
    for (const token of [null, 'wrong', `${host.token}x`, '']) {
      const response = await api('campaigns.delete', { id: demo.id }, token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(count(services, 'campaigns')).toBe(before);
  });

  it('answers unknown methods, invalid input and bad JSON with stable codes', async () => {
    // Application answers travel in the envelope with 200; only transport problems use status.
    const unknown = await api('campaigns.nuke', {});
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
    const invalid = await api('campaigns.delete', { id: 7 });
    expect(invalid.status).toBe(200);
    expect(await invalid.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const json = await api('campaigns.list', '{not json');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: { code: 'INVALID_JSON' } });
    expect(count(services, 'campaigns')).toBe(1);
  });

  it('answers a malformed percent-encoded path with a 400 INVALID_URL envelope, on the API and static paths alike', async () => {
    const paths: [string, string][] = [
      ['POST', '/api/%E0%A4%A'],
      ['POST', '/api/campaigns.list%'],
      ['POST', '/api/%ZZ'],
      ['GET', '/%E0%A4%A'],
      ['GET', '/assets/%C0%AF.js'],
      ['GET', '/%'],
    ];
    for (const [method, path] of paths) {
      const answer = await rawGet(path, method);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_URL' } });
    }
    // The server is still there and answers normal calls.
    const fine = await api('campaigns.list', {});
    expect(((await fine.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('refuses oversized call bodies before reading them (files travel apart)', async () => {
    const response = await api(
      'campaigns.list',
      JSON.stringify({ pad: 'x'.repeat(JSON_BODY_LIMIT + 1) }),
    );
    expect(response.status).toBe(413);
  });

  it('refuses cross-origin calls even with the token', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/campaigns.list`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${host.token}`,
        Origin: 'http://evil.example',
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('gives the browser that opens the printed URL an HttpOnly cookie, so a second tab works', async () => {
    const opened = await fetch(host.url);
    const cookie = opened.headers.get('set-cookie') ?? '';
    expect(cookie).toBe(`xingping_${host.port}=${host.token}; Path=/; HttpOnly; SameSite=Strict`);
    // A tab opened without ?token= in its address: no header, only the cookie.
    const call = (value: string, origin?: string) =>
      fetch(`http://127.0.0.1:${host.port}/api/campaigns.list`, {
        method: 'POST',
        headers: {
          Cookie: `theme=dark; xingping_${host.port}=${value}`,
          'Content-Type': 'application/json',
          ...(origin ? { Origin: origin } : {}),
        },
        body: '{}',
      });
    expect((await call(host.token, `http://127.0.0.1:${host.port}`)).status).toBe(200);
    expect((await call(`${host.token}x`)).status).toBe(401);
    expect((await call('')).status).toBe(401);
    expect((await call(host.token, 'http://evil.example')).status).toBe(403);
    // The page without the token, or with a wrong one, sets nothing.
    for (const path of ['/', '/?token=wrong', `/?token=${host.token}x`]) {
      const page = await fetch(`http://127.0.0.1:${host.port}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await raw('/', { Host: 'evil.example' })).toBe(421);
    expect(await raw('/', { Host: `127.0.0.1:${host.port}` })).toBe(200);
  });

  it('serves index.html with a strict CSP, a fresh nonce and the bridge before the app', async () => {
    const first = await fetch(`http://127.0.0.1:${host.port}/`);
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const html = await first.text();
    const nonce = /name="xingping-csp-nonce" content="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(html.indexOf('/__xingping/bridge.js')).toBeLessThan(html.indexOf('/assets/app.js'));
    const second = await (await fetch(`http://127.0.0.1:${host.port}/`)).text();
    expect(second).not.toContain(nonce!);
  });

  it('serves a bridge that defines exactly the contract methods', async () => {
    const script = await (await fetch(`http://127.0.0.1:${host.port}/__xingping/bridge.js`)).text();
    for (const name of METHOD_NAMES) expect(script).toContain(`"${name}"`);
    expect(script).not.toContain(host.token);
  });

  it('never serves files outside the renderer folder', async () => {
    expect(await raw('/../secret.txt', {})).toBe(404);
    expect(await raw('/%2e%2e/secret.txt', {})).toBe(404);
    expect(await raw('/assets/app.js', {})).toBe(200);
  });
});
