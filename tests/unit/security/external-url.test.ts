import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_HOST_ALLOW_LIST,
  isAllowedExternalUrl,
} from '../../../electron/security/external-url';

describe('isAllowedExternalUrl', () => {
  it('starts with only the party-member education site and cannot be changed at run time', () => {
    expect(EXTERNAL_HOST_ALLOW_LIST).toEqual(['www.12371.cn']);
    expect(Object.isFrozen(EXTERNAL_HOST_ALLOW_LIST)).toBe(true);
  });

  it.each([
    'https://www.12371.cn/',
    'https://www.12371.cn',
    'https://www.12371.cn/2024/01/01/ARTI123.shtml',
    'https://www.12371.cn/special/?q=支部#top',
    'https://WWW.12371.CN/',
    'https://www.12371.cn:443/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.12371.cn/',
    'https://12371.cn/',
    'https://www.12371.cn.evil.com/',
    'https://evil.com/www.12371.cn',
    'https://www.12371.cn@evil.com/',
    'https://user:pass@www.12371.cn/',
    'https://user@www.12371.cn/',
    'https://www.12371.cn:8443/',
    'https://www.12371.cn:80/',
    'https://evil.com/?next=https://www.12371.cn/',
    'ftp://www.12371.cn/',
    'file:///C:/Windows/system32/calc.exe',
    'smb://www.12371.cn/share',
    'javascript:alert(1)',
    'app://xingping/',
    ' https://www.12371.cn/',
    'https://www.12371.cn/\n',
    'https://www.123\t71.cn/',
    'https:\\\\www.12371.cn\\',
    'https://www.12371.cn\\@evil.com/',
    'not a url',
    '',
    `https://www.12371.cn/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
