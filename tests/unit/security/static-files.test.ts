import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../../electron/security/static-files';

const ROOT = resolve('/srv/app/renderer');

describe('resolveStaticPath', () => {
  it('maps / and directory paths to index.html', () => {
    expect(resolveStaticPath(ROOT, '/')).toBe(join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/docs/')).toBe(join(ROOT, 'docs', 'index.html'));
  });

  it('maps a file path under the root', () => {
    expect(resolveStaticPath(ROOT, '/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/assets/index-abc.js')).toBe(
      join(ROOT, 'assets', 'index-abc.js'),
    );
  });

  it('decodes percent-encoded names once', () => {
    expect(resolveStaticPath(ROOT, '/assets/%E6%98%9F.png')).toBe(join(ROOT, 'assets', '星.png'));
  });

  it('works with a relative root too', () => {
    expect(resolveStaticPath('out/renderer', '/a.js')).toBe(resolve('out/renderer', 'a.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..',
    '/assets/..',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%5c%5cserver%5cshare',
    '/index.html\0.png',
    '/index.html%00.png',
    '/./index.html',
    '/.env',
    '/assets/.hidden',
    '//etc/passwd',
    '/assets//x.js',
    '/C:/Windows/win.ini',
    '/C%3a/Windows/win.ini',
    '/%E0%A4%A',
    'index.html',
    '',
    `/${'a'.repeat(2000)}`,
  ])('refuses %j', (urlPath) => {
    expect(resolveStaticPath(ROOT, urlPath)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/app.js', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['UPPER.HTML', 'text/html; charset=utf-8'],
  ])('%s is %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });

  it('does not guess unknown types', () => {
    expect(contentTypeFor('archive.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('noextension')).toBe('application/octet-stream');
  });
});
