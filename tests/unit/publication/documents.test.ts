import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { checkpointFingerprint } from '../../../electron/services/integrity';
import { frozenCheckpoint } from '../../../electron/store/queries/checkpoints';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { NamingResult, NoticeView } from '../../../shared/domain/views/publication';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { buildExportFile } from '../../../electron/services/exports/build';
import { ALL_SHEETS, documentText, readWorkbook, sheet } from '../exports/support';
import { call, takeFile, tempDir } from '../support';
import { objectionWith, publishedQingshan, SENT_BACK } from './support';

/**
 * The documents of 公示 and 命名 (issue #14 points 4 and 6), built by the worker tasks from a
 * real notice and naming of 青山县 (no demo data), and read back: the Word text, the workbooks'
 * cells.
 */

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let notice: NoticeView;

const DEMO_NAMES = /示例县|白云镇|红旗村/;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county, notice } = await publishedQingshan(tmp.dir));
  await call(services, 'preferences.update', { operatorName: '赵晓' });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** The file's bytes; `XINGPING_DOCS_OUT=dir` keeps a copy for people to look at. */
async function bytesOf(file: OutgoingFile): Promise<Buffer> {
  const bytes = await takeFile(services, file);
  const keep = process.env.XINGPING_DOCS_OUT;
  if (keep) writeFileSync(join(keep, file.fileName), bytes);
  return bytes;
}

function fingerprint(): string {
  return checkpointFingerprint(frozenCheckpoint(services.ctx.db, county.roundId)!);
}

/**
 * 金沙村 sent back, 石门村's objection not accepted; the rest named on 2025-10-20: 柳塘村
 * (三星) and 石门村 (二星) by the county, 青山村 and 龙泉村 (五星), 凤岭村 and 白云村 (四星) sent
 * up to the city. (桃源村 was sent back by the committee itself: not on the notice.)
 */
async function named(): Promise<NamingResult> {
  objectionWith(services, notice, '金沙村', SENT_BACK);
  objectionWith(services, notice, '石门村', [
    { kind: 'reject', reason: '反映人未署实名' },
    { kind: 'feedback', day: '2025-10-12', how: '电话告知' },
  ]);
  return call<NamingResult>(services, 'publication.name', {
    noticeId: notice.id,
    documentNumber: '青组发〔2025〕12号',
    namedOn: '2025-10-20',
  });
}

async function workbook(file: OutgoingFile): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await bytesOf(file)) as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

/** The text of each row from `from` on (rows with a value only). */
function rowsOf(sheet: ExcelJS.Worksheet, from: number): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, number) => {
    if (number < from) return;
    const values = row.values as unknown[];
    rows.push(
      values.slice(1).map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
    );
  });
  return rows;
}

describe('the notice document (公示, Word)', () => {
  it('prints the list by level as published, the period, the ways to object, the rules and the freeze', async () => {
    const file = await call<OutgoingFile>(services, 'publication.noticeDocument', {
      noticeId: notice.id,
    });
    expect(file.fileName).toBe('青山县2025年度星级党组织评定结果公示.docx');
    const text = documentText(await bytesOf(file));
    expect(text).not.toMatch(DEMO_NAMES);
    const lines = text.split('\n');
    expect(lines[0]).toBe('青山县2025年度星级党组织评定结果公示');
    expect(text).toContain(`拟对以下 ${notice.entries.length} 个党组织予以命名`);
    // Every branch of the notice, under its level's heading, in the notice's order.
    const at = (line: string) => lines.indexOf(line);
    const headings = ['五星（2个）', '四星（2个）', '三星（1个）', '二星（2个）'].map(at);
    expect(headings[0]).toBeGreaterThan(0);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    for (const e of notice.entries) expect(lines).toContain(e.branchName);
    expect(at('柳塘村')).toBeGreaterThan(headings[2]!);
    expect(at('石门村')).toBeGreaterThan(headings[3]!);
    expect(text).toContain('2025年9月29日至2025年10月11日，共 5 个工作日（遇节假日顺延）');
    for (const way of ['联系电话：0571-1234567', '来信地址：县委组织部', '来访地点：三楼302室'])
      expect(lines).toContain(way);
    expect(lines).toContain('1. 单位反映问题须加盖公章');
    expect(lines).toContain('2. 个人反映问题须署实名并留联系方式');
    expect(lines).toContain('中共青山县委组织部');
    expect(lines).toContain('2025年9月29日');
    expect(text).toContain(`定稿指纹：${fingerprint()}（第 1 版）`);
  });

  it('is written in English when asked', async () => {
    const file = await call<OutgoingFile>(services, 'publication.noticeDocument', {
      noticeId: notice.id,
      language: 'en',
    });
    const text = documentText(await bytesOf(file));
    expect(text).toContain('2. Notice period');
    expect(text).toContain('From 29/9/2025 to 11/10/2025, 5 working days');
    expect(text).toContain('Phone: 0571-1234567');
  });
});

describe('the naming documents (命名)', () => {
  it('the decision names the county’s branches by level, sends the rest up, and leaves out the one sent back', async () => {
    const result = await named();
    const file = await call<OutgoingFile>(services, 'publication.namingFile', {
      namingId: result.namingId,
      file: 'decision',
    });
    expect(file.fileName).toMatch(/命名决定-2025-10-20\.docx$/);
    const text = documentText(await bytesOf(file));
    const lines = text.split('\n');
    expect(lines[0]).toBe('青组发〔2025〕12号');
    expect(lines[1]).toBe('关于命名2025年度星级党组织的决定');
    expect(text).toContain('（公示期2025年9月29日至2025年10月11日）');
    expect(text).toContain('决定命名以下 2 个党组织');
    const sentUp = lines.indexOf('二、报请市级命名');
    expect(sentUp).toBeGreaterThan(0);
    for (const name of ['柳塘村', '石门村']) expect(lines.indexOf(name)).toBeLessThan(sentUp);
    for (const name of ['青山村', '龙泉村', '凤岭村', '白云村'])
      expect(lines.indexOf(name)).toBeGreaterThan(sentUp);
    expect(lines).not.toContain('金沙村');
    expect(lines).toContain('2025年10月20日');
    expect(text).toContain(`定稿指纹：${fingerprint()}`);
  });

  it('the 授牌 list holds the county-named branches with their plaque text', async () => {
    const result = await named();
    const sheet = await workbook(
      await call<OutgoingFile>(services, 'publication.namingFile', {
        namingId: result.namingId,
        file: 'plaques',
      }),
    );
    expect(sheet.name).toBe('授牌名单');
    expect(sheet.getCell('A1').value).toBe('青山县2025年度农村“五星”支部评定授牌名单');
    expect(rowsOf(sheet, 3)[0]).toEqual([
      '序号',
      '党组织名称',
      '所属乡镇（街道）',
      '星级',
      '牌匾内容',
      '命名文号',
      '领牌人签字',
    ]);
    const body = rowsOf(sheet, 4).filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(body.map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
      ['柳塘村', '三星', '三星党组织（2025年度）', '青组发〔2025〕12号'],
      ['石门村', '二星', '二星党组织（2025年度）', '青组发〔2025〕12号'],
    ]);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('the 备案 table lists every branch of the naming with its basis and objections', async () => {
    const result = await named();
    const sheet = await workbook(
      await call<OutgoingFile>(services, 'publication.namingFile', {
        namingId: result.namingId,
        file: 'filing',
      }),
    );
    const body = rowsOf(sheet, 4).filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(body.map((r) => [r[1], r[3], r[4], r[6], r[7]])).toEqual([
      ['柳塘村', '三星', '县级命名', '无异议', '青组发〔2025〕12号'],
      ['石门村', '二星', '县级命名', '异议不予受理', '青组发〔2025〕12号'],
      ['青山村', '五星', '报市级命名', '无异议', '待市级命名'],
      ['龙泉村', '五星', '报市级命名', '无异议', '待市级命名'],
      ['凤岭村', '四星', '报市级命名', '无异议', '待市级命名'],
      ['白云村', '四星', '报市级命名', '无异议', '待市级命名'],
    ]);
    expect(body.every((r) => r[5] === '2025-09-29 至 2025-10-11')).toBe(true);
    expect(rowsOf(sheet, 1).flat().join('\n')).toContain(`定稿指纹：${fingerprint()}`);
  });

  it('refuses an unknown naming, naming it', async () => {
    const refused = await services.registry.call('publication.namingFile', {
      namingId: '00000000-0000-4000-8000-00000000abcd',
      file: 'decision',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the 公示名单 sheet of the exports', () => {
  it('prints the published notice’s period and phone, not the ones typed for the export', async () => {
    const target = join(tmp.dir, 'export.xlsx');
    await buildExportFile(
      services.ctx,
      county.campaignId,
      { ...ALL_SHEETS, noticeFrom: '2026-11-25', noticeTo: '2026-12-01', objectionPhone: '0371-1' },
      target,
    );
    const ws = sheet(await readWorkbook(target), '公示名单');
    const text = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('2025年9月29日至2025年10月11日');
    expect(text).toContain('0571-1234567');
    expect(text).not.toContain('2026年11月25日');
    for (const e of notice.entries) expect(text).toContain(e.branchName);
  });
});
