import { describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME,
  isInternalUrl,
} from '../../../electron/security/internal-url';

describe('isInternalUrl', () => {
  it('exports a consistent origin', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('xingping');
    expect(APP_ORIGIN).toBe(`${APP_SCHEME}://${APP_HOST}`);
    expect(APP_INDEX_URL).toBe('app://xingping/index.html');
  });

  it.each([
    'app://xingping/',
    'app://xingping/index.html',
    'app://xingping/assets/index-abc123.js',
    'app://xingping/index.html?x=1#/campaigns',
    'app://xingping/@evil.example',
  ])('accepts our own page %s', (url) => {
    expect(isInternalUrl(url)).toBe(true);
  });

  it.each([
    'app://xingping.evil/',
    'app://xingping.evil.com/index.html',
    'app://xingpingx/',
    'app://other/',
    'app://evil/xingping/',
    'app://xingping:8080/',
    'app://user:pass@xingping/',
    'app://user@xingping/',
    'app://xingping@evil/',
    'app://xingping\\@evil/',
    'app://xingping',
    'app:xingping/',
    'app:/xingping/',
    'APP://XINGPING/',
    ' app://xingping/',
    'app://xingping/\n',
    'app://xing\tping/',
    'file:///app/out/renderer/index.html',
    'http://xingping/',
    'https://xingping/',
    'http://localhost:5173/',
    'https://www.12371.cn/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'devtools://devtools/',
    '',
    'app://',
    '%61pp://xingping/',
    `app://xingping/${'a'.repeat(5000)}`,
  ])('rejects %j', (url) => {
    expect(isInternalUrl(url)).toBe(false);
  });

  it('rejects values that are not strings at all', () => {
    expect(isInternalUrl(undefined as unknown as string)).toBe(false);
    expect(isInternalUrl(null as unknown as string)).toBe(false);
    expect(isInternalUrl({ toString: () => 'app://xingping/' } as unknown as string)).toBe(false);
  });
});
