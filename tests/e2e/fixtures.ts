import { spawn } from 'node:child_process';
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
 * Each test gets its own data folder and server, and fails on any browser console error or
 * CSP violation: a page that "works" while the console complains is not finished.
 */
export const test = base.extend<{ app: ServedApp }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'xingping-e2e-'));
    const dbFile = join(dir, 'xingping.sqlite');
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
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
