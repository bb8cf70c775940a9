import { request } from 'node:http';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { AppServices, StartOptions } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import type { WebHost } from '../../../electron/host/server';
import { startWebHost } from '../../../electron/host/server';
import { FIXED_NOW, sequentialIds, tempDir } from '../support';

export interface Served {
  services: AppServices;
  host: WebHost;
  dir: string;
  base: string;
  /** The session cookie the page gets with `?token=` (what links need). */
  cookie: string;
}

/** Services and a web host on a fresh database per test, talked to over real HTTP. */
export function useWebHost(options: Partial<StartOptions> = {}): () => Served {
  let tmp: ReturnType<typeof tempDir>;
  let served: Served;
  beforeEach(async () => {
    tmp = tempDir();
    const rendererDir = join(tmp.dir, 'renderer');
    mkdirSync(join(rendererDir, '__xingping'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>');
    copyFileSync(
      resolve('out/renderer/__xingping/bridge.js'),
      join(rendererDir, '__xingping', 'bridge.js'),
    );
    const services = startServices({
      dbFile: join(tmp.dir, 'web.sqlite'),
      host: 'test',
      version: '0.0.0-test',
      actor: 'tester',
      now: () => FIXED_NOW,
      newId: sequentialIds(),
      // The transport's tests move files of the demo's sheets; a new file starts empty.
      seedDemo: true,
      ...options,
    });
    const host = await startWebHost({
      registry: services.registry,
      files: services.ctx.files,
      events: services.events,
      rendererDir,
      port: 0,
    });
    const base = `http://127.0.0.1:${host.port}`;
    const page = await fetch(`${base}/?token=${host.token}`);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    served = { services, host, dir: tmp.dir, base, cookie };
  });
  afterEach(async () => {
    await served.host.close();
    served.services.close();
    tmp.cleanup();
  });
  return () => served;
}

/** `POST /api/<method>` with the token, answering the envelope. */
export async function api<T>(s: Served, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${s.base}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${s.host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as T;
}

/** Streams `bytes` as one file of `kind`, as the browser bridge does. */
export async function upload(
  s: Served,
  kind: string,
  fileName: string,
  bytes: Buffer,
): Promise<{ status: number; body: { ok: boolean; data?: { id: string }; error?: unknown } }> {
  const response = await fetch(
    `${s.base}/__xingping/upload?kind=${kind}&name=${encodeURIComponent(fileName)}`,
    { method: 'POST', headers: { Authorization: `Bearer ${s.host.token}` }, body: bytes },
  );
  return { status: response.status, body: (await response.json()) as never };
}

/** A raw upload request, for what fetch will not do: chunked bodies, lies, hanging up halfway. */
export function rawUpload(
  s: Served,
  kind: string,
  headers: Record<string, string>,
  send: (write: (chunk: Buffer) => boolean, end: () => void, abort: () => void) => void,
): Promise<{ status: number; body: string } | 'aborted'> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: s.host.port,
        method: 'POST',
        path: `/__xingping/upload?kind=${kind}&name=x.bin`,
        headers: { Authorization: `Bearer ${s.host.token}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (aborted) resolvePromise('aborted');
      else reject(error);
    });
    let aborted = false;
    send(
      (chunk) => req.write(chunk),
      () => req.end(),
      () => {
        aborted = true;
        req.destroy();
      },
    );
  });
}

/** Files left in this process's temporary space (uploads held, partial uploads, built files). */
export function transferFiles(s: Served): string[] {
  const base = `${s.services.ctx.info.dataFile}.transfer`;
  return readdirSync(base).flatMap((own) =>
    ['in', 'out'].flatMap((part) => readdirSync(join(base, own, part))),
  );
}
