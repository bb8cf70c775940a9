import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contentDisposition } from '../../../electron/files/content-disposition';
import type { FileTransfers } from '../../../electron/files/transfers';
import { createFileTransfers } from '../../../electron/files/transfers';
import { HOLD_MS } from '../../../electron/files/inbox';
import { LINK_MS } from '../../../electron/files/outbox';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import type { FileDialogDeps } from '../../../electron/main/file-dialogs';
import { registerFileHandlers } from '../../../electron/main/file-dialogs';
import { HOST_CHANNELS } from '../../../electron/ipc-channel';
import type { Result } from '../../../shared/result';
import { fileLink } from '../../../shared/transport';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
let now: number;
let files: FileTransfers;

beforeEach(() => {
  tmp = tempDir();
  now = 1_000_000;
  files = createFileTransfers(join(tmp.dir, 'x.sqlite'), { clock: () => now });
});
afterEach(() => {
  files.close();
  tmp.cleanup();
});

function userFile(name: string, bytes: string | Buffer): string {
  const dir = join(tmp.dir, 'home');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function read(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('held files (the inbox)', () => {
  it('never deletes a file the user chose from their own disk, only its own uploads', async () => {
    const path = userFile('名册.csv', 'a,b');
    const picked = await files.inbox.holdLocal(path, 'import');
    expect(picked).toMatchObject({ fileName: '名册.csv', size: 3, kind: 'import' });
    expect(await files.inbox.release(picked.id)).toBe(true);
    expect(existsSync(path)).toBe(true);
    const uploaded = await files.inbox.receive(Readable.from([Buffer.from('abc')]), {
      fileName: '上传.csv',
      kind: 'import',
    });
    const { path: temp } = files.inbox.use(uploaded.id, 'import');
    expect(readFileSync(temp, 'utf8')).toBe('abc');
    await files.inbox.release(uploaded.id);
    expect(existsSync(temp)).toBe(false);
  });

  it('forgets files unused for the hold time, deleting uploads', async () => {
    const uploaded = await files.inbox.receive(Readable.from([Buffer.from('abc')]), {
      fileName: 'a.csv',
      kind: 'import',
    });
    const { path } = files.inbox.use(uploaded.id, 'import');
    now += HOLD_MS - 1;
    files.inbox.use(uploaded.id, 'import'); // using it renews the hold
    now += HOLD_MS + 1;
    expect(() => files.inbox.use(uploaded.id, 'import')).toThrow(/not held/);
    await expect.poll(() => existsSync(path), { timeout: 30_000 }).toBe(false);
  });

  it('refuses folders and missing files by name, and keeps the display name only', async () => {
    await expect(files.inbox.holdLocal(tmp.dir, 'import')).rejects.toMatchObject({
      details: { problem: 'not-a-file' },
    });
    await expect(files.inbox.holdLocal(join(tmp.dir, 'gone.csv'), 'import')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { entity: 'file', fileName: 'gone.csv' },
    });
    const odd = await files.inbox.receive(Readable.from([Buffer.from('x')]), {
      fileName: 'C:\\Users\\张三\\桌面\\名册\u0007.csv',
      kind: 'import',
    });
    expect(odd.fileName).toBe('名册.csv');
  });
});

describe('one-time links (the outbox)', () => {
  it('hands a built file out once, then removes it; an unused one expires', async () => {
    const first = await files.produce((path) => {
      writeFileSync(path, 'export one');
      return Promise.resolve('青山县-上报表格.xlsx');
    });
    expect(first).toMatchObject({ fileName: '青山县-上报表格.xlsx', size: 10 });
    expect(first.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const taken = files.outbox.take(first.id);
    expect(await read(taken!.stream())).toBe('export one');
    expect(files.outbox.take(first.id)).toBeNull();
    const second = await files.produce((path) => {
      writeFileSync(path, 'export two');
      return Promise.resolve('b.xlsx');
    });
    now += LINK_MS + 1;
    expect(files.outbox.take(second.id)).toBeNull();
    const outgoing = join(`${join(tmp.dir, 'x.sqlite')}.transfer`);
    await expect
      .poll(() => readdirSync(outgoing).flatMap((own) => readdirSync(join(outgoing, own, 'out'))), {
        timeout: 30_000,
      })
      .toEqual([]);
  });

  it('removes what a failed build left and offers nothing', async () => {
    await expect(
      files.produce((path) => {
        writeFileSync(path, 'half');
        return Promise.reject(new Error('disk full (simulated)'));
      }),
    ).rejects.toThrow('disk full');
    expect(files.outbox.size).toBe(0);
  });

  it('names files in Content-Disposition in UTF-8 with an ASCII stand-in', () => {
    expect(contentDisposition('青山县 "上报".xlsx', 'attachment')).toBe(
      `attachment; filename="___ ____.xlsx"; filename*=UTF-8''${encodeURIComponent('青山县 "上报".xlsx')}`,
    );
    expect(contentDisposition("a'(b).pdf", 'inline')).toBe(
      `inline; filename="a'(b).pdf"; filename*=UTF-8''a%27%28b%29.pdf`,
    );
  });

  it('shows a link through Electron’s app:// protocol once, and 404 after', async () => {
    const handler = createAppProtocolHandler(tmp.dir, { outbox: files.outbox });
    const link = files.outbox.offerStored(() => Buffer.from('%PDF-1.4 …'), {
      fileName: '会议记录.pdf',
      mimeType: 'application/pdf',
      size: 10,
    });
    const url = `app://xingping${fileLink(link, 'inline')}`;
    const first = await handler(new Request(url));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(await first.text()).toBe('%PDF-1.4 …');
    expect((await handler(new Request(url))).status).toBe(404);
    expect((await handler(new Request('app://xingping/__xingping/files/../x'))).status).toBe(404);
  });
});

/** ipcMain and a dialog as Electron gives them, recorded, with the answers a user would give. */
function fakeElectron(answers: { open?: string[] | null; save?: string | null }) {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => unknown>();
  const ipcMain = {
    handle: (channel: string, fn: (event: IpcMainInvokeEvent, input: unknown) => unknown) =>
      handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  const asked: unknown[] = [];
  const dialog = {
    showOpenDialog: (options: unknown) => {
      asked.push(options);
      return Promise.resolve({ canceled: !answers.open, filePaths: answers.open ?? [] });
    },
    showSaveDialog: (options: unknown) => {
      asked.push(options);
      return Promise.resolve({ canceled: !answers.save, filePath: answers.save ?? '' });
    },
  } as unknown as FileDialogDeps['dialog'];
  const invoke = (channel: string, input: unknown, url = 'app://xingping/index.html') =>
    handlers.get(channel)!({ senderFrame: { url } } as IpcMainInvokeEvent, input) as Promise<
      Result<unknown>
    >;
  return { ipcMain, dialog, asked, invoke, handlers };
}

describe('Electron’s file face in main (dialogs, paths, atomic saves)', () => {
  const deps = (e: ReturnType<typeof fakeElectron>): FileDialogDeps => ({
    files,
    window: () => null,
    dialog: e.dialog,
    downloads: () => join(tmp.dir, 'Downloads'),
    t: () => (key: string) => key,
  });

  it('holds what the user picked and refuses what is over the limit, one by one', async () => {
    const small = userFile('名册.xlsx', 'x');
    const big = userFile('photo.png', Buffer.alloc(50 * 1024 * 1024 + 1));
    const e = fakeElectron({ open: [small, big] });
    const stop = registerFileHandlers(e.ipcMain, deps(e));
    const answer = await e.invoke(HOST_CHANNELS.pick, { kind: 'evidence', multiple: true });
    expect(answer).toMatchObject({
      ok: true,
      data: {
        files: [{ fileName: '名册.xlsx', size: 1, kind: 'evidence' }],
        refused: [{ fileName: 'photo.png', error: { code: 'FILE_TOO_LARGE' } }],
      },
    });
    expect(e.asked[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'files.kinds.evidence', extensions: expect.arrayContaining(['pdf']) as unknown },
      ],
    });
    stop();
    expect(e.handlers.size).toBe(0);
  });

  it('answers nothing chosen when the dialog is cancelled, and refuses other frames', async () => {
    const e = fakeElectron({ open: null });
    registerFileHandlers(e.ipcMain, deps(e));
    expect(await e.invoke(HOST_CHANNELS.pick, { kind: 'import', multiple: false })).toEqual({
      ok: true,
      data: { files: [], refused: [] },
    });
    const foreign = await e.invoke(
      HOST_CHANNELS.pick,
      { kind: 'import', multiple: false },
      'https://evil.example/',
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await e.invoke(HOST_CHANNELS.accept, { kind: 'secrets', paths: ['/etc/passwd'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('hands on the folder chosen in the native dialog (backups on a USB stick), or null', async () => {
    const stick = join(tmp.dir, 'U盘', '星评备份');
    const chosen = fakeElectron({ open: [stick] });
    registerFileHandlers(chosen.ipcMain, deps(chosen));
    expect(await chosen.invoke(HOST_CHANNELS.chooseFolder, {})).toEqual({
      ok: true,
      data: { path: stick },
    });
    expect(chosen.asked[0]).toEqual({ properties: ['openDirectory', 'createDirectory'] });
    const cancelled = fakeElectron({ open: null });
    registerFileHandlers(cancelled.ipcMain, deps(cancelled));
    expect(await cancelled.invoke(HOST_CHANNELS.chooseFolder, {})).toEqual({
      ok: true,
      data: { path: null },
    });
    const foreign = await cancelled.invoke(HOST_CHANNELS.chooseFolder, {}, 'https://evil.example/');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const extra = await cancelled.invoke(HOST_CHANNELS.chooseFolder, { path: '/etc' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('saves a built file where the user chose, replacing the old one only when complete', async () => {
    const target = join(tmp.dir, 'Downloads', '上报表格.xlsx');
    mkdirSync(join(tmp.dir, 'Downloads'));
    writeFileSync(target, 'last year');
    const built = await files.produce((path) => {
      writeFileSync(path, 'this year');
      return Promise.resolve('上报表格.xlsx');
    });
    const cancelled = fakeElectron({ save: null });
    registerFileHandlers(cancelled.ipcMain, deps(cancelled));
    expect(await cancelled.invoke(HOST_CHANNELS.save, { id: built.id })).toEqual({
      ok: true,
      data: { saved: false },
    });
    expect(cancelled.asked[0]).toMatchObject({ defaultPath: target });
    expect(readFileSync(target, 'utf8')).toBe('last year');

    const e = fakeElectron({ save: target });
    registerFileHandlers(e.ipcMain, deps(e));
    expect(await e.invoke(HOST_CHANNELS.save, { id: built.id })).toEqual({
      ok: true,
      data: { saved: true, path: target },
    });
    expect(readFileSync(target, 'utf8')).toBe('this year');
    expect(readdirSync(join(tmp.dir, 'Downloads'))).toEqual(['上报表格.xlsx']);
    // Used up: saving the same link again is refused.
    expect(await e.invoke(HOST_CHANNELS.save, { id: built.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
