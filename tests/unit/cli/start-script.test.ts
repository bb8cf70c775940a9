import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** `npm start` as a newcomer runs it, with Electron's folder pointed somewhere under test. */
function start(env: NodeJS.ProcessEnv) {
  const base = { ...process.env };
  delete base.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete base.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [resolve('scripts/start.mjs')], {
    encoding: 'utf8',
    env: { ...base, LC_ALL: '', LC_MESSAGES: '', ...env },
  });
}

describe('npm start without Electron', () => {
  it('says Electron is missing and how to use the browser version instead, in Chinese', () => {
    const run = start({ XINGPING_ELECTRON_DIR: join(tmp.dir, 'none'), LANG: 'zh_CN.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('无法启动桌面版');
    expect(run.stderr).toContain('npm 依赖中没有 electron');
    expect(run.stderr).toContain('npm run web');
  });

  it('names a download that was skipped, in English when the terminal is English', () => {
    writeFileSync(join(tmp.dir, 'package.json'), '{"name":"electron"}');
    const run = start({
      XINGPING_ELECTRON_DIR: tmp.dir,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      LANG: 'en_US.UTF-8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Electron's program was never downloaded");
    expect(run.stderr).toContain('run npm run web, then open the address it prints last');
  });
});
