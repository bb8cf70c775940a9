import type { WebContents } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/main/hardening';
import { setQuiet } from '../../../electron/logger';

type Listener = (event: { url: string; preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    let prevented = false;
    listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents: contents as unknown as WebContents, fire, open };
}

beforeAll(() => setQuiet(true));

describe('hardenWebContents', () => {
  it('blocks navigation away from the app and allows it within', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    hardenWebContents(contents, openExternal);
    expect(fire('will-navigate', 'app://xingping/index.html#/x')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'app://xingping/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('sends a blocked navigation to an allow-listed site to the system browser', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(fire('will-navigate', 'https://www.12371.cn/a.html')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.12371.cn/a.html');
  });

  it('prevents every <webview> from attaching', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-attach-webview', 'app://xingping/index.html')).toBe(true);
  });

  it('denies every new window and opens only allow-listed URLs externally', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    for (const url of ['app://xingping/index.html', 'https://evil.example/', 'about:blank']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://www.12371.cn/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.12371.cn/');
  });
});

describe('hardenSession', () => {
  it('installs permission and device handlers that deny', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    const callback = vi.fn();
    request({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(check({}, 'notifications', 'app://xingping', {})).toBe(false);
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
