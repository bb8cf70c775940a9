import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuilderConfig } from '../../../scripts/packaging/check-builder-config.mjs';
import { tempDir } from '../support';

const CONFIG = resolve('electron-builder.yml');
const SCRIPT = resolve('scripts/packaging/check-builder-config.mjs');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** The real config with one line replaced, written beside the test. */
function variant(name: string, from: string, to: string): string {
  const text = readFileSync(CONFIG, 'utf8');
  expect(text, `electron-builder.yml has no line ${from}`).toContain(from);
  const file = join(tmp.dir, name);
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('the Windows packaging config (electron-builder.yml)', () => {
  it('passes electron-builder’s own validation and our rules', async () => {
    expect(await checkBuilderConfig(CONFIG)).toEqual([]);
  });

  it('is refused by electron-builder’s schema when an option is misspelt or mistyped', async () => {
    const misspelt = await checkBuilderConfig(
      variant('misspelt.yml', '  perMachine: false', '  perMachin: false'),
    );
    expect(misspelt.join('\n')).toMatch(/electron-builder rejects[\s\S]*configuration\.nsis/);
    const mistyped = await checkBuilderConfig(
      variant('mistyped.yml', '  runAsNode: false', "  runAsNode: 'off'"),
    );
    expect(mistyped.join('\n')).toMatch(/electron-builder rejects[\s\S]*electronFuses/);
  });

  const rules: [string, string, string, RegExp][] = [
    ['RunAsNode on', '  runAsNode: false', '  runAsNode: true', /electronFuses\.runAsNode/],
    [
      'NODE_OPTIONS honoured',
      '  enableNodeOptionsEnvironmentVariable: false',
      '  enableNodeOptionsEnvironmentVariable: true',
      /enableNodeOptionsEnvironmentVariable/,
    ],
    [
      'inspect allowed',
      '  enableNodeCliInspectArguments: false',
      '  enableNodeCliInspectArguments: true',
      /enableNodeCliInspectArguments/,
    ],
    [
      'loading outside the asar',
      '  onlyLoadAppFromAsar: true',
      '  onlyLoadAppFromAsar: false',
      /onlyLoadAppFromAsar/,
    ],
    [
      'no asar integrity',
      '  enableEmbeddedAsarIntegrityValidation: true',
      '  enableEmbeddedAsarIntegrityValidation: false',
      /enableEmbeddedAsarIntegrityValidation/,
    ],
    ['a one-click installer', '  oneClick: false', '  oneClick: true', /nsis\.oneClick/],
    ['per-machine only', '  perMachine: false', '  perMachine: true', /nsis\.perMachine/],
    [
      'data deleted on uninstall',
      '  deleteAppDataOnUninstall: false',
      '  deleteAppDataOnUninstall: true',
      /deleteAppDataOnUninstall/,
    ],
    [
      'no Chinese installer',
      '  installerLanguages: [zh_CN]',
      '  installerLanguages: [en_US]',
      /zh_CN/,
    ],
    [
      'no portable target',
      '    - target: portable',
      '    - target: zip',
      /win\.target must include portable/,
    ],
  ];
  for (const [what, from, to, named] of rules) {
    it(`is refused by our rules with ${what}, naming the option`, async () => {
      const problems = await checkBuilderConfig(variant('rule.yml', from, to));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(named);
    });
  }

  it('fails `npm run lint`’s check with exit code 1 on a broken config, 0 on ours', () => {
    const broken = variant('broken.yml', '  oneClick: false', '  oneClick: maybe');
    const bad = spawnSync(process.execPath, [SCRIPT, '--config', broken], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('electron-builder rejects');
    const good = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('Packaging config OK');
  });

  it('is what `npm run dist:win` builds, and `npm run lint` checks it', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts['dist:win']).toMatch(/electron-vite build && electron-builder --win/);
    expect(pkg.scripts.lint).toContain('scripts/packaging/check-builder-config.mjs');
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });
});
