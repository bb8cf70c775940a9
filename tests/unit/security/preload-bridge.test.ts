import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import type { MethodName } from '../../../shared/api';
import { buildBridge } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { createIpcCall } from '../../../electron/preload/ipc-call';
import { IPC_CHANNEL_PREFIX, ipcChannel } from '../../../electron/ipc-channel';

type Fn = (input: unknown) => Promise<Result<unknown>>;

function makeBridge() {
  const call = vi.fn((method: MethodName, input: unknown): Promise<Result<unknown>> =>
    Promise.resolve({ ok: true, data: { method, input } }),
  );
  const bridge = buildBridge(METHOD_NAMES, call) as unknown as Record<string, Record<string, Fn>>;
  return { bridge, call };
}

describe('preload bridge', () => {
  it('exposes exactly the areas and verbs of the contract', () => {
    const { bridge } = makeBridge();
    const exposed = Object.entries(bridge).flatMap(([area, verbs]) =>
      Object.keys(verbs).map((verb) => `${area}.${verb}`),
    );
    expect(exposed.sort()).toEqual([...METHOD_NAMES].sort());
    for (const [area, verbs] of Object.entries(bridge)) {
      for (const [verb, fn] of Object.entries(verbs)) {
        expect(typeof fn, `${area}.${verb}`).toBe('function');
      }
    }
  });

  it('is frozen at both levels', () => {
    const { bridge } = makeBridge();
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const verbs of Object.values(bridge)) expect(Object.isFrozen(verbs)).toBe(true);
    expect(() => {
      (bridge as Record<string, unknown>).extra = 1;
    }).toThrow();
  });

  it('forwards the method name and input of every method', async () => {
    const { bridge, call } = makeBridge();
    for (const name of METHOD_NAMES) {
      const [area, verb] = name.split('.') as [string, string];
      const input = { probe: name };
      const fn = bridge[area]?.[verb];
      if (!fn) throw new Error(`missing ${name}`);
      await expect(fn(input)).resolves.toEqual({ ok: true, data: { method: name, input } });
      expect(call).toHaveBeenLastCalledWith(name, input);
    }
    expect(call).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('exposes no raw IPC: no ipcRenderer, invoke, send or on keys anywhere', () => {
    const { bridge } = makeBridge();
    const keys = [
      ...Object.keys(bridge),
      ...Object.values(bridge).flatMap((verbs) => Object.keys(verbs)),
    ];
    for (const bad of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'once', 'postMessage']) {
      expect(keys).not.toContain(bad);
    }
  });
});

describe('createIpcCall', () => {
  it('invokes the contract-derived channel with the input unchanged', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, data: 42 }));
    const call = createIpcCall(invoke);
    const input = { id: 'x' };
    await expect(call('campaigns.overview', input)).resolves.toEqual({ ok: true, data: 42 });
    expect(invoke).toHaveBeenCalledWith('xingping:campaigns.overview', input);
    expect(ipcChannel('app.info')).toBe(`${IPC_CHANNEL_PREFIX}app.info`);
  });

  it('turns a rejected invoke into an error envelope instead of throwing', async () => {
    const call = createIpcCall(() => Promise.reject(new Error('No handler registered')));
    const result = await call('campaigns.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });
});
