import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/main';
import { runCli } from '../../../electron/cli/main';
import { defaultDataFile } from '../../../electron/cli/paths';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function io(
  env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' },
): CliIo & { outLines: string[]; errLines: string[]; shown: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  // Both streams in the order a terminal shows them.
  const shown: string[] = [];
  return {
    outLines,
    errLines,
    shown,
    out: (l) => {
      outLines.push(l);
      shown.push(l);
    },
    err: (l) => {
      errLines.push(l);
      shown.push(l);
    },
    env,
    rendererDir: tmp.dir,
  };
}

describe('xingping CLI', () => {
  it('prints help for the program and for each command', async () => {
    const main = io();
    expect(await runCli(['--help'], main)).toBe(0);
    expect(main.outLines.join('\n')).toMatch(/init[\s\S]*demo[\s\S]*serve/);
    for (const command of ['init', 'demo', 'serve']) {
      const sub = io();
      expect(await runCli([command, '--help'], sub)).toBe(0);
      expect(sub.outLines.join('\n')).toContain('--db');
    }
  });

  it('speaks Chinese when the locale is Chinese', async () => {
    const zh = io({ LANG: 'zh_CN.UTF-8' });
    await runCli(['--help'], zh);
    expect(zh.outLines.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses unknown commands and options with exit code 2', async () => {
    const unknown = io();
    expect(await runCli(['launch'], unknown)).toBe(2);
    expect(unknown.errLines[0]).toContain('launch');
    const badOption = io();
    expect(await runCli(['demo', '--dbx', 'x'], badOption)).toBe(2);
    const noDb = io();
    expect(await runCli(['demo'], noDb)).toBe(2);
    const badPort = io();
    expect(
      await runCli(['serve', '--db', join(tmp.dir, 'x.sqlite'), '--port', 'abc'], badPort),
    ).toBe(2);
  });

  it('demo --db creates a database holding the demo campaign, and refuses a second demo', async () => {
    const file = join(tmp.dir, 'nested', 'demo.sqlite');
    // Every change names its author: without an operator nothing is written.
    const nobody = io();
    expect(await runCli(['demo', '--db', file], nobody)).toBe(2);
    expect(nobody.errLines[0]).toContain('--operator');
    const first = io();
    expect(await runCli(['demo', '--db', file, '--operator', '张三'], first)).toBe(0);
    expect(first.outLines[0]).toContain('示例县');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM campaigns WHERE is_demo = 1').get()).toEqual({
      n: 1,
    });
    db.close();
    const actors = new Database(file, { readonly: true });
    expect(actors.prepare('SELECT DISTINCT actor FROM audit_log').all()).toEqual([
      { actor: '张三' },
    ]);
    actors.close();
    // The operator is remembered for the file: the next command needs no --operator.
    const second = io();
    expect(await runCli(['demo', '--db', file], second)).toBe(1);
    expect(second.errLines.join('\n')).toMatch(/already exists|conflict/i);
  });

  it('init --db sets up a county of its own from an empty file', async () => {
    const file = join(tmp.dir, 'init', 'qingshan.sqlite');
    const zh = io({ LANG: 'zh_CN.UTF-8' });
    const args = ['init', '--db', file, '--county', '青山县', '--code', '411421'];
    expect(
      await runCli([...args, '--department', '中共青山县委组织部', '--operator', '李四'], zh),
    ).toBe(0);
    expect(zh.outLines[0]).toContain('青山县');
    expect(zh.outLines[0]).toContain('中共青山县委组织部');
    const db = new Database(file, { readonly: true });
    expect(
      db
        .prepare(
          "SELECT name, admin_code, department, is_demo FROM org_units WHERE kind = 'county'",
        )
        .all(),
    ).toEqual([
      { name: '青山县', admin_code: '411421', department: '中共青山县委组织部', is_demo: 0 },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM campaigns').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT actor FROM audit_log WHERE entity = 'county'").get()).toEqual({
      actor: '李四',
    });
    db.close();
    // The same name twice is refused; a bad code is refused before anything is written.
    const again = io();
    expect(await runCli(['init', '--db', file, '--county', '青山县'], again)).toBe(1);
    const badCode = io();
    expect(
      await runCli(['init', '--db', file, '--county', '云溪县', '--code', '41a'], badCode),
    ).toBe(1);
    expect(badCode.errLines[0]).toMatch(/code/);
    const noCounty = io();
    expect(await runCli(['init', '--db', file], noCounty)).toBe(2);
    expect(noCounty.errLines[0]).toContain('--county');
    const help = io();
    expect(await runCli(['init', '--help'], help)).toBe(0);
    expect(help.outLines.join('\n')).toContain('--department');
  });

  it('serve starts the web host and prints its URL first', async () => {
    const session = io();
    let close: (() => Promise<void>) | undefined;
    session.onServing = (_host, c) => {
      close = c;
    };
    expect(await runCli(['serve', '--db', join(tmp.dir, 's.sqlite'), '--port', '0'], session)).toBe(
      0,
    );
    const url = new URL(session.outLines[0]!);
    expect(url.hostname).toBe('127.0.0.1');
    // In a terminal the address comes last, under the line saying what it is.
    expect(session.shown.at(-1)).toBe(url.href);
    expect(session.errLines.join('\n')).toMatch(/Open the address below/);
    const token = url.searchParams.get('token');
    const response = await fetch(new URL('/api/campaigns.list', url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token ?? ''}` },
      body: '{}',
    });
    // A brand-new database is empty: the welcome screen offers the demo, nothing seeds it.
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(0);
    await close?.();
  });

  it('demo on a damaged data file moves it aside, says so in Chinese and exits non-zero', async () => {
    const file = join(tmp.dir, 'data.sqlite');
    writeFileSync(file, '青山县 云溪镇 石门村'.repeat(100));
    const run = io({ LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['demo', '--db', file], run)).toBe(1);
    const moved = readdirSync(tmp.dir).filter((name) => name.startsWith('data.sqlite.damaged-'));
    expect(moved).toHaveLength(1);
    const text = run.errLines.join('\n');
    expect(text).toContain('数据文件已损坏');
    expect(text).toContain('不是星评的数据文件');
    expect(text).toContain(join(tmp.dir, moved[0]!));
    expect(run.outLines).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('serve on a damaged data file still prints its URL first and serves the recovery state', async () => {
    const file = join(tmp.dir, 'data.sqlite');
    writeFileSync(file, '');
    const run = io();
    let close: (() => Promise<void>) | undefined;
    run.onServing = (_host, c) => {
      close = c;
    };
    expect(await runCli(['serve', '--db', file, '--port', '0'], run)).toBe(0);
    try {
      const url = new URL(run.outLines[0]!);
      expect(run.errLines.join('\n')).toMatch(
        /damaged: The data file is empty[\s\S]*moved, unchanged, to .*data\.sqlite\.damaged-/,
      );
      const post = async (method: string) =>
        (await (
          await fetch(new URL(`/api/${method}`, url), {
            method: 'POST',
            headers: { Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
            body: '{}',
          })
        ).json()) as { ok: boolean; data?: { state: string }; error?: { code: string } };
      expect((await post('recovery.status')).data?.state).toBe('damaged');
      expect((await post('campaigns.list')).error?.code).toBe('DB_DAMAGED');
    } finally {
      await close?.();
    }
  });

  it('keeps the desktop data folder by default', () => {
    expect(defaultDataFile('linux', {}, '/home/a')).toBe(
      '/home/a/.config/Xingping/xingping.sqlite',
    );
    expect(defaultDataFile('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe(
      '/x/Xingping/xingping.sqlite',
    );
    expect(
      defaultDataFile('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a'),
    ).toContain('Xingping');
    expect(defaultDataFile('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Xingping/xingping.sqlite',
    );
  });
});

// The installed command, as a newcomer runs it (needs `npm run build`, which `npm test` does first).
describe('bin/xingping.js (built)', () => {
  const bin = resolve('bin/xingping.js');
  const built = existsSync(resolve('out/main/cli.js'));

  it('has been built', () => {
    expect(built, 'run `npm run build` (npm test does it for you)').toBe(true);
  });

  it('runs demo then serve, printing the URL with the token as the first stdout line', async () => {
    const file = join(tmp.dir, 'bin.sqlite');
    const demo = spawnSync(process.execPath, [bin, 'demo', '--db', file, '--operator', '测试'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    expect(demo.status, demo.stderr).toBe(0);
    const child = spawn(process.execPath, [bin, 'serve', '--db', file, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const first = await new Promise<string>((resolveLine, reject) => {
        createInterface({ input: child.stdout }).once('line', resolveLine);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32,}$/);
      const page = await fetch(first);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('xingping-csp-nonce');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
