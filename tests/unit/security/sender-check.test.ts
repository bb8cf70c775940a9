import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/security/sender-check';

describe('isTrustedSender', () => {
  it('trusts a frame showing our own page', () => {
    expect(isTrustedSender('app://xingping/index.html')).toBe(true);
    expect(isTrustedSender('app://xingping/')).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
  });

  it.each([
    'about:blank',
    'app://xingping.evil/',
    'https://www.12371.cn/',
    'file:///etc/passwd',
    'http://127.0.0.1:3000/',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});
