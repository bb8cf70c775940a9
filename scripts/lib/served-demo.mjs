// Shared by the screenshot scripts: a fresh demo database (made with `xingping demo`, since the
// app itself starts empty) served by `xingping serve`, and Debian's Chromium to look at it.
// Needs a build (`npm run build`) and Debian's Chromium (or XINGPING_CHROMIUM).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

/** Starts the served demo and the browser; `stop()` closes both and removes the data. */
export async function startServedDemo(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const dbFile = join(work, 'x.sqlite');
  spawnSync(process.execPath, ['bin/xingping.js', 'demo', '--db', dbFile, '--operator', '演示'], {
    stdio: 'inherit',
  });
  const server = spawn(
    process.execPath,
    ['bin/xingping.js', 'serve', '--db', dbFile, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((res) =>
    createInterface({ input: server.stdout }).once('line', res),
  );
  const launch = JSON.parse(readFileSync('tests/chromium.json', 'utf8'));
  const browser = await chromium.launch({
    executablePath: process.env.XINGPING_CHROMIUM ?? launch.executablePath,
    args: launch.args,
  });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
      rmSync(work, { recursive: true, force: true });
    },
  };
}
