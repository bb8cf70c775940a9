import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { registerIpcHandlers } from '../../../electron/main/ipc';
import { setQuiet } from '../../../electron/logger';

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, handlers };
}

function eventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

function invoke(
  handlers: Map<string, Listener>,
  channel: string,
  event: IpcMainInvokeEvent,
  input: unknown,
) {
  const listener = handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, input);
}

const TRUSTED = eventFrom('app://xingping/index.html');

beforeAll(() => {
  setQuiet(true);
  // Refusals are logged as warnings; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('registerIpcHandlers', () => {
  it('registers one handler per contract method and removes them all again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispose = registerIpcHandlers(ipcMain, { call: vi.fn() });
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `xingping:${m}`).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['a look-alike host', eventFrom('app://xingping.evil/index.html')],
    ['about:blank', eventFrom('about:blank')],
    ['a destroyed frame', eventFrom(null)],
    [
      'a frame that throws',
      {
        get senderFrame(): never {
          throw new Error('gone');
        },
      } as unknown as IpcMainInvokeEvent,
    ],
  ])('answers FORBIDDEN to %s without calling the registry', async (_name, event) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const call = vi.fn();
    registerIpcHandlers(ipcMain, { call });
    const result = await invoke(handlers, 'xingping:campaigns.list', event, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
    expect(call).not.toHaveBeenCalled();
  });

  it('passes the method and raw input of a trusted caller to the registry', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const call = vi.fn(() => Promise.resolve<Result<unknown>>({ ok: true, data: ['c1'] }));
    registerIpcHandlers(ipcMain, { call });
    const input = { unexpected: '__proto__' };
    const result = await invoke(handlers, 'xingping:campaigns.list', TRUSTED, input);
    expect(call).toHaveBeenCalledWith('campaigns.list', input);
    expect(result).toEqual({ ok: true, data: ['c1'] });
  });

  it('reports a successful preferences.update, and only that', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const onPreferencesChanged = vi.fn();
    const call = vi.fn((method: string) =>
      Promise.resolve<Result<unknown>>(
        method === 'preferences.update'
          ? { ok: true, data: { language: 'en' } }
          : { ok: true, data: { language: 'zh-CN' } },
      ),
    );
    registerIpcHandlers(ipcMain, { call }, { onPreferencesChanged });
    await invoke(handlers, 'xingping:preferences.get', TRUSTED, {});
    expect(onPreferencesChanged).not.toHaveBeenCalled();
    await invoke(handlers, 'xingping:preferences.update', TRUSTED, { language: 'en' });
    expect(onPreferencesChanged).toHaveBeenCalledWith({ language: 'en' });
  });

  it('does not report a failed preferences.update', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const onPreferencesChanged = vi.fn();
    const call = vi.fn(() =>
      Promise.resolve<Result<unknown>>({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'bad' },
      }),
    );
    registerIpcHandlers(ipcMain, { call }, { onPreferencesChanged });
    const result = await invoke(handlers, 'xingping:preferences.update', TRUSTED, {
      language: 'fr',
    });
    expect(result.ok).toBe(false);
    expect(onPreferencesChanged).not.toHaveBeenCalled();
  });

  it('still answers with the saved result when the menu hook throws', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const call = vi.fn(() =>
      Promise.resolve<Result<unknown>>({ ok: true, data: { language: 'en' } }),
    );
    registerIpcHandlers(
      ipcMain,
      { call },
      {
        onPreferencesChanged: () => {
          throw new Error('menu broke');
        },
      },
    );
    const result = await invoke(handlers, 'xingping:preferences.update', TRUSTED, {
      language: 'en',
    });
    expect(result).toEqual({ ok: true, data: { language: 'en' } });
  });
});
