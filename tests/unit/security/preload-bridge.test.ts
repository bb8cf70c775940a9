import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import type { MethodName } from '../../../shared/api';
import type { HostFaces } from '../../../shared/bridge';
import { buildBridge } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { electronFaces } from '../../../electron/preload/faces';
import { createIpcCall } from '../../../electron/preload/ipc-call';
import { HOST_CHANNELS, IPC_CHANNEL_PREFIX, ipcChannel } from '../../../electron/ipc-channel';

type Fn = (input: unknown) => Promise<Result<unknown>>;

const FACE_VERBS = [
  'files.pick',
  'files.accept',
  'files.save',
  'files.chooseFolder',
  'events.subscribe',
];

function makeFaces(): HostFaces {
  return electronFaces({
    invoke: () => Promise.resolve({ ok: true, data: null }),
    pathOf: () => '',
    onEvent: () => undefined,
  });
}

function makeBridge() {
  const call = vi.fn((method: MethodName, input: unknown): Promise<Result<unknown>> =>
    Promise.resolve({ ok: true, data: { method, input } }),
  );
  const bridge = buildBridge(METHOD_NAMES, call, makeFaces()) as unknown as Record<
    string,
    Record<string, Fn>
  >;
  return { bridge, call };
}

describe('preload bridge', () => {
  it('exposes exactly the areas and verbs of the contract, plus the file and event faces', () => {
    const { bridge } = makeBridge();
    const exposed = Object.entries(bridge).flatMap(([area, verbs]) =>
      Object.keys(verbs).map((verb) => `${area}.${verb}`),
    );
    expect(exposed.sort()).toEqual([...METHOD_NAMES, ...FACE_VERBS].sort());
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

describe('host faces', () => {
  it('refuses a face verb the contract also has, rather than hiding one of them', () => {
    const faces = makeFaces();
    const clash = { ...faces, files: { ...faces.files, release: () => undefined } } as HostFaces;
    expect(() => buildBridge(METHOD_NAMES, () => Promise.reject(new Error('x')), clash)).toThrow(
      /files.release clashes/,
    );
  });

  it('sends file choices and saves to main on their own channels, ids and kinds only', async () => {
    const invoke = vi.fn((_channel: string, _input: unknown) =>
      Promise.resolve({ ok: true, data: { files: [], refused: [] } }),
    );
    const faces = electronFaces({
      invoke,
      pathOf: (file) => `/home/u/${file.name}`,
      onEvent: () => undefined,
    });
    await faces.files.pick({ kind: 'evidence', multiple: true });
    await faces.files.accept([{ name: '名册.xlsx', size: 10 }], 'import');
    await faces.files.save({ id: 'x'.repeat(43), fileName: 'a.xlsx', size: 1, mimeType: 'x' });
    await faces.files.chooseFolder();
    expect(invoke.mock.calls).toEqual([
      [HOST_CHANNELS.pick, { kind: 'evidence', multiple: true }],
      [HOST_CHANNELS.accept, { kind: 'import', paths: ['/home/u/名册.xlsx'] }],
      [HOST_CHANNELS.save, { id: 'x'.repeat(43) }],
      [HOST_CHANNELS.chooseFolder, {}],
    ]);
  });

  it('hands subscribers only the contract events they asked for, until they unsubscribe', () => {
    let deliver: (payload: unknown) => void = () => undefined;
    const faces = electronFaces({
      invoke: () => Promise.reject(new Error('unused')),
      pathOf: () => '',
      onEvent: (handler) => {
        deliver = handler;
      },
    });
    const seen: unknown[] = [];
    const stop = faces.events.subscribe('job.progress', (data) => seen.push(data));
    const progress = { jobId: 'j', phase: 'parse', done: 0, total: null };
    deliver({ name: 'job.progress', data: progress });
    deliver({ name: 'ipc.raw', data: { x: 1 } });
    deliver('job.progress');
    stop();
    deliver({ name: 'job.progress', data: progress });
    expect(seen).toEqual([progress]);
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
