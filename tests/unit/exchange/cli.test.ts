import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServices } from '../../../electron/services/app';
import { qingshanCampaign, setUpQingshan } from '../county/qingshan';
import { call, FIXED_NOW, runBuiltCli, sequentialIds, tempDir } from '../support';

/**
 * `xingping export-package` and `import-package` (issue #16 point 2): the county's laptop
 * writes a package, the township's previews and merges it, twice without effect, and refuses
 * a package cut short on the stick. Runs the built CLI (`npx electron-vite build` first).
 */
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function laptops(): Promise<{ county: string; township: string }> {
  mkdirSync(join(tmp.dir, 'county'));
  mkdirSync(join(tmp.dir, 'yunxi'));
  const county = join(tmp.dir, 'county', 'qingshan.sqlite');
  const services = startServices({
    dbFile: county,
    host: 'test',
    version: '0.0.0-test',
    now: () => FIXED_NOW,
    newId: sequentialIds(),
  });
  await call(services, 'preferences.update', { operatorName: '王芳' });
  await qingshanCampaign(services, await setUpQingshan(services));
  services.close();
  const township = join(tmp.dir, 'yunxi', 'yunxi.sqlite');
  const empty = startServices({ dbFile: township, host: 'test', version: '0.0.0-test' });
  await call(empty, 'preferences.update', { operatorName: '李娜' });
  empty.close();
  return { county, township };
}

describe('the exchange from the command line', () => {
  it('writes a package on one laptop, previews and merges it on another, and a second merge adds nothing', async () => {
    const { county, township } = await laptops();
    const file = join(tmp.dir, '青山县.xpsync');
    const made = runBuiltCli(['export-package', '--db', county, '--out', file]);
    expect(made.code, made.err).toBe(0);
    expect(made.out).toContain('交换包已写出');

    const preview = runBuiltCli(['import-package', file, '--db', township, '--preview']);
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out).toContain('来自 王芳');
    expect(preview.out).toContain('未做任何改动');
    const merged = runBuiltCli(['import-package', file, '--db', township], 'en_US.UTF-8');
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out).toMatch(/merged: (\d+) of \1 changes added/);
    const again = runBuiltCli(['import-package', file, '--db', township], 'en_US.UTF-8');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/merged: 0 of \d+ changes added/);

    // One township's package is smaller; a township the data does not have is refused.
    const yunxi = join(tmp.dir, '云溪镇.xpsync');
    const scoped = runBuiltCli([
      'export-package',
      '--db',
      county,
      '--out',
      yunxi,
      '--township',
      '云溪镇',
    ]);
    expect(scoped.code, scoped.err).toBe(0);
    const count = (out: string) => Number(/\((\d+) 项变更/.exec(out)?.[1]);
    expect(count(scoped.out)).toBeGreaterThan(0);
    expect(count(scoped.out)).toBeLessThan(count(made.out));
    const unknown = runBuiltCli([
      'export-package',
      '--db',
      county,
      '--out',
      yunxi,
      '--township',
      '东岭镇',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有名为 东岭镇 的乡镇');
  }, 120_000);

  it('refuses a package cut short in copying, naming what is missing, and changes nothing', async () => {
    const { county, township } = await laptops();
    const file = join(tmp.dir, 'whole.xpsync');
    expect(runBuiltCli(['export-package', '--db', county, '--out', file]).code).toBe(0);
    const cut = join(tmp.dir, 'cut.xpsync');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const refused = runBuiltCli(['import-package', cut, '--db', township]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('交换包不完整');
    expect(refused.err).toContain('cut.xpsync');
    const preview = runBuiltCli(
      ['import-package', file, '--db', township, '--preview'],
      'en_US.UTF-8',
    );
    expect(preview.out).toMatch(/Merging would add (\d+)/);
    expect(preview.out).not.toMatch(/Merging would add 0:/);
  }, 120_000);
});
