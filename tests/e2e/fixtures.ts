import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';

export interface ServedApp {
  /** The URL printed by `xingping serve`, token included. */
  url: string;
  dbFile: string;
}

/** Starts the built `xingping serve` on a fresh database and resolves with its printed URL. */
export async function serve(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [resolve('bin/xingping.js'), 'serve', '--db', dbFile, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'zh_CN.UTF-8' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveUrl);
    child.once('exit', (code) =>
      reject(new Error(`xingping serve exited with ${code}: ${stderr}`)),
    );
  });
  return { url, child };
}

/**
 * Stops a served app and waits until it has exited: its database closes (removing `-wal` and
 * `-shm`) before the test's folder is removed, so no folder is left behind in the temp dir.
 */
export async function stopServing(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(late);
}

/** The operator named on the demo's data file, so tests that start from the demo are not asked. */
export const DEMO_OPERATOR = '测试员';

/**
 * The app never seeds the demo itself: a test that starts from it gets it the way a user can,
 * with `xingping demo`, which also names the operator of the file.
 */
function addDemo(dbFile: string): void {
  const result = spawnSync(
    process.execPath,
    [resolve('bin/xingping.js'), 'demo', '--db', dbFile, '--operator', DEMO_OPERATOR],
    { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } },
  );
  if (result.status !== 0) throw new Error(`xingping demo failed: ${result.stderr}`);
}

/**
 * Each test gets its own data folder and server, and fails on any browser console error or
 * CSP violation: a page that "works" while the console complains is not finished. By default
 * the file holds the demo; `test.use({ start: 'empty' })` starts from an empty file, as a
 * county office does on its first day.
 */
export const test = base.extend<{ start: 'demo' | 'empty'; app: ServedApp }>({
  start: ['demo', { option: true }],
  app: async ({ page, start }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'xingping-e2e-'));
    const dbFile = join(dir, 'xingping.sqlite');
    if (start === 'demo') addDemo(dbFile);
    const { url, child } = await serve(dbFile);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await use({ url, dbFile });
      expect(problems, 'browser console errors').toEqual([]);
    } finally {
      await stopServing(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
