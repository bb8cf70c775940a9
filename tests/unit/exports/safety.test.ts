import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { ExportOptions } from '../../../shared/domain/views/exports';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { buildExportFile } from '../../../electron/services/exports/build';
import { formulaSafe } from '../../../electron/workbook/safe-text';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import { takeFile, tempDir, testServices } from '../support';
import { ALL_SHEETS, readWorkbook, sheet, unzip, valueAt } from './support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'safety.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR'];

describe('export safety', () => {
  it('neutralises text that a spreadsheet could take for a formula, and only that', () => {
    expect(HOSTILE.map(formulaSafe)).toEqual(HOSTILE.map((t) => `'${t}`));
    expect(formulaSafe('柳林村党支部')).toBe('柳林村党支部');
    expect(formulaSafe('a=b')).toBe('a=b');
    expect(formulaSafe('')).toBe('');
    // Writers drop control characters XML cannot hold: the guard looks past them.
    expect(formulaSafe('\u0001=SUM(1)')).toBe("'\u0001=SUM(1)");
    expect(formulaSafe('\u0000\u001f+1')).toBe("'\u0000\u001f+1");
    expect(formulaSafe('\u0001a=b')).toBe('\u0001a=b');
    expect(formulaSafe(formulaSafe('\u0001=SUM(1)'))).toBe("'\u0001=SUM(1)");
  });

  it('writes no formula from branch names or remarks, and leaves numbers as numbers', async () => {
    const db = services.ctx.db;
    // Written before the first ranking, whose cache only notices audited writes.
    const scored = db
      .prepare("SELECT DISTINCT branch_id AS branchId FROM score_sheets WHERE status = 'submitted'")
      .all() as { branchId: string }[];
    HOSTILE.slice(0, 4).forEach((name, i) => {
      db.prepare('UPDATE org_units SET name = ? WHERE id = ?').run(name, scored[i]!.branchId);
    });
    db.prepare('UPDATE score_sheets SET remark = ? WHERE branch_id = ?').run(
      '=1+1',
      scored[4]!.branchId,
    );
    const file = join(tmp.dir, 'hostile.xlsx');
    await buildExportFile(services.ctx, campaignId, ALL_SHEETS, file);

    const entries = unzip(readFileSync(file));
    const sheets = [...entries].filter(([name]) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBeGreaterThan(4);
    for (const [, xml] of sheets) {
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toMatch(/<is><t[^>]*>[=+\-@]/);
    }
    const ws = sheet(await readWorkbook(file), '汇总排名表');
    const names = new Set<unknown>();
    for (let r = 5; r <= ws.rowCount; r += 1) names.add(valueAt(ws, r, 3));
    for (const name of HOSTILE.slice(0, 4)) expect(names).toContain(`'${name}`);
    const remarks = [...Array(ws.rowCount).keys()].map((r) =>
      String((valueAt(ws, r + 1, 19) as string | null) ?? ''),
    );
    expect(remarks.some((r) => r.includes('=1+1'))).toBe(true);
    expect(remarks.some((r) => r.startsWith('='))).toBe(false);
    // Numbers stay numbers: scores and ranks are numeric cells.
    expect(typeof valueAt(ws, 5, 8)).toBe('number');
    expect(typeof valueAt(ws, 5, 18)).toBe('number');
  });

  it('leaves the previous file untouched and no temporary file when a build fails halfway', async () => {
    const file = join(tmp.dir, 'report.xlsx');
    writeFileSync(file, 'the good file from yesterday');
    const before = readFileSync(file);
    const failing = buildExportFile(services.ctx, campaignId, ALL_SHEETS, file, {
      afterSheet: (name) => {
        if (name === '统计表') throw new Error('disk full (simulated)');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(tmp.dir).filter((f) => f.includes('report'))).toEqual(['report.xlsx']);

    await buildExportFile(services.ctx, campaignId, ALL_SHEETS, file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('export options through the API', () => {
  it('remembers options per campaign and refuses a notice that ends before it starts', async () => {
    const { registry } = services;
    const first = await registry.call('exports.options', { campaignId });
    expect(first).toMatchObject({
      ok: true,
      data: { unitName: '中共示例县委组织部', starColumns: 'check' },
    });
    const saved = await registry.call('exports.saveOptions', {
      campaignId,
      options: { ...ALL_SHEETS, starColumns: 'score', objectionPhone: '12345' },
    });
    expect(saved.ok).toBe(true);
    const again = await registry.call('exports.options', { campaignId });
    expect(again).toMatchObject({
      ok: true,
      data: { starColumns: 'score', objectionPhone: '12345' },
    });
    const backwards = await registry.call('exports.saveOptions', {
      campaignId,
      options: { ...ALL_SHEETS, noticeFrom: '2026-12-01', noticeTo: '2026-11-01' },
    });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const noLanguage = await registry.call('exports.saveOptions', {
      campaignId,
      options: { ...ALL_SHEETS, language: 'fr' },
    });
    expect(noLanguage).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badPhone = await registry.call('exports.saveOptions', {
      campaignId,
      options: { ...ALL_SHEETS, objectionPhone: '=cmd' },
    });
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const none = await registry.call('exports.build', {
      campaignId,
      options: { ...ALL_SHEETS, sheets: [] },
    });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('offers the user’s language first, then remembers the campaign’s choice', async () => {
    const { registry } = services;
    const read = async () => {
      const result = await registry.call('exports.options', { campaignId });
      if (!result.ok) throw new Error(result.error.message);
      return (result.data as ExportOptions).language;
    };
    expect(await read()).toBe('zh-CN');
    services.ctx.db
      .prepare("INSERT INTO meta (key, value) VALUES ('preferences.language', 'en')")
      .run();
    await registry.call('exports.saveOptions', {
      campaignId,
      options: { ...ALL_SHEETS, language: 'zh-CN' },
    });
    expect(await read()).toBe('zh-CN');
    // Options saved before the language was an option take the user's language.
    const { language: _dropped, ...older } = ALL_SHEETS;
    services.ctx.db
      .prepare('UPDATE meta SET value = ? WHERE key = ?')
      .run(JSON.stringify(older), `exports.options.${campaignId}`);
    expect(await read()).toBe('en');
  });

  it('builds through the API (in a worker) into a file behind a one-time link', async () => {
    const result = await services.registry.call('exports.build', {
      campaignId,
      options: { ...ALL_SHEETS, sheets: ['summary', 'notice'] },
    });
    if (!result.ok) throw new Error(result.error.message);
    const file = result.data as OutgoingFile;
    expect(file.fileName).toBe('示例县2025年度农村“五星”支部评定-上报表格-2026-11-24.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const path = join(tmp.dir, 'api.xlsx');
    writeFileSync(path, await takeFile(services, file));
    expect(statSync(path).size).toBe(file.size);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总排名表', '公示名单']);
  });
});
