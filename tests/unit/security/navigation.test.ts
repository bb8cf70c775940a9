import { describe, expect, it } from 'vitest';
import { shouldBlockNavigation, windowOpenDecision } from '../../../electron/security/navigation';

describe('shouldBlockNavigation', () => {
  it('lets our own pages navigate among themselves', () => {
    expect(shouldBlockNavigation('app://xingping/index.html')).toBe(false);
    expect(shouldBlockNavigation('app://xingping/index.html#/campaigns')).toBe(false);
  });

  it.each([
    'https://www.12371.cn/',
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://xingping.evil/',
    'about:blank',
    'javascript:alert(1)',
    '',
  ])('blocks %j', (url) => {
    expect(shouldBlockNavigation(url)).toBe(true);
  });
});

describe('windowOpenDecision', () => {
  it.each([
    'https://www.12371.cn/',
    'https://evil.example/',
    'app://xingping/index.html',
    'about:blank',
    'file:///etc/passwd',
    '',
  ])('always denies a new window for %j', (url) => {
    expect(windowOpenDecision(url).action).toBe('deny');
  });

  it('passes only allow-listed https URLs to the system browser', () => {
    expect(windowOpenDecision('https://www.12371.cn/x.html')).toEqual({
      action: 'deny',
      openExternal: true,
      projectorMeetingId: null,
    });
    expect(windowOpenDecision('https://evil.example/').openExternal).toBe(false);
    expect(windowOpenDecision('http://www.12371.cn/').openExternal).toBe(false);
    expect(windowOpenDecision('app://xingping/index.html').openExternal).toBe(false);
    expect(windowOpenDecision('file:///C:/calc.exe').openExternal).toBe(false);
  });
});

describe('the projector link', () => {
  const id = '0b6c1f5e-8d1a-4c1e-9a47-3f2d5c6b7a80';

  it('names the meeting of our own projector page, for main to open in its own window', () => {
    expect(windowOpenDecision(`app://xingping/index.html#/projector/${id}`)).toEqual({
      action: 'deny',
      openExternal: false,
      projectorMeetingId: id,
    });
  });

  it.each([
    `https://evil.example/index.html#/projector/${id}`,
    `app://xingping.evil/index.html#/projector/${id}`,
    `app://xingping/index.html#/projector/${id}/x`,
    'app://xingping/index.html#/projector/not-a-meeting',
    `app://xingping/index.html#/campaigns/${id}`,
  ])('opens nothing for %j', (url) => {
    expect(windowOpenDecision(url).projectorMeetingId).toBeNull();
  });
});
