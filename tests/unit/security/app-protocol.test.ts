import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { NONCE_META } from '../../../shared/csp';
import { setQuiet } from '../../../electron/logger';

let base: string;
let root: string;
const INDEX =
  '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>';

beforeAll(() => {
  setQuiet(true);
  base = mkdtempSync(join(tmpdir(), 'xingping-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function nonces(): () => string {
  let n = 0;
  return () => `nonce-number-${String(++n).padStart(8, '0')}`;
}

describe('createAppProtocolHandler', () => {
  it('serves index.html with a fresh nonce in the CSP header and the meta tag', async () => {
    const handler = createAppProtocolHandler(root, { createNonce: nonces() });
    const first = await handler(new Request('app://xingping/index.html'));
    const second = await handler(new Request('app://xingping/'));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp1 = first.headers.get('content-security-policy') ?? '';
    const csp2 = second.headers.get('content-security-policy') ?? '';
    expect(csp1).toContain("'nonce-nonce-number-00000001'");
    expect(csp2).toContain("'nonce-nonce-number-00000002'");
    expect(csp1).toContain("default-src 'none'");
    const body = await first.text();
    expect(body).toContain(`<meta name="${NONCE_META}" content="nonce-number-00000001">`);
    expect(body.indexOf(NONCE_META)).toBeLessThan(body.indexOf('<script type="module"'));
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('serves built assets with their type and nosniff', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request('app://xingping/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://xingping/missing.js',
    'app://xingping/assets/',
    'app://xingping/../secret.txt',
    'app://xingping/%2e%2e/secret.txt',
    'app://xingping/assets/%2e%2e/%2e%2e/secret.txt',
    'app://xingping/..%5csecret.txt',
    'app://other/index.html',
    'app://xingping.evil/index.html',
  ])('answers 404 for %s', async (url) => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(
      new Request('app://xingping/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request('app://xingping/assets/app.js', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
