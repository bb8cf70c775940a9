import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce, renderIndexHtml } from '../../../electron/security/csp';
import { NONCE_META } from '../../../shared/csp';

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

const NONCE = 'abcdefghijklmnopqrstuvwx';

describe('buildCsp', () => {
  const csp = buildCsp(NONCE);
  const parsed = directives(csp);

  it("starts from default-src 'none'", () => {
    expect(parsed.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself: no inline, eval, http:, data: or blob:', () => {
    const scripts = parsed.get('script-src');
    expect(scripts).toEqual(["'self'"]);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'http:', 'data:', 'blob:', '*']) {
      expect(scripts).not.toContain(bad);
    }
  });

  it('never allows unsafe-inline, unsafe-eval or plain http anywhere', () => {
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/\bhttp:/);
    expect(csp).not.toMatch(/(^|\s)\*(\s|;|$)/);
  });

  it('carries the nonce for styles', () => {
    expect(parsed.get('style-src')).toContain(`'nonce-${NONCE}'`);
  });

  it('forbids framing, plugins, base rewriting and form posts', () => {
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
  });

  it.each(['', 'short', "abc'; script-src *", 'abcdefghijklmnop qrst', 'abcdefghijklmnop;x'])(
    'throws for the malformed nonce %j',
    (nonce) => {
      expect(() => buildCsp(nonce)).toThrow(/nonce/);
    },
  );

  it('accepts the nonces createNonce makes, and they differ per call', () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(() => buildCsp(a)).not.toThrow();
  });
});

describe('renderIndexHtml', () => {
  const html = [
    '<!doctype html>',
    '<html>',
    '  <head>',
    '    <title>x</title>',
    '    <script type="module" crossorigin src="./assets/index.js"></script>',
    '  </head>',
    '  <body><div id="root"></div></body>',
    '</html>',
  ].join('\n');

  it('puts the nonce meta tag and extra scripts before the module script', () => {
    const out = renderIndexHtml(html, NONCE, ['/bridge.js']);
    const meta = out.indexOf(`<meta name="${NONCE_META}" content="${NONCE}">`);
    const bridge = out.indexOf('<script src="/bridge.js"></script>');
    const moduleScript = out.indexOf('<script type="module"');
    expect(meta).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(meta);
    expect(moduleScript).toBeGreaterThan(bridge);
    expect(out.indexOf('</head>')).toBeGreaterThan(moduleScript);
  });

  it('adds no scripts when none are given, and keeps the original markup', () => {
    const out = renderIndexHtml(html, NONCE);
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain('<div id="root"></div>');
  });

  it('falls back to the end of head when the page has no script', () => {
    const out = renderIndexHtml('<html><head></head><body></body></html>', NONCE);
    expect(out.indexOf(NONCE_META)).toBeLessThan(out.indexOf('</head>'));
  });
});
