import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FilePayload } from './helpers';
import type {
  TemplateApplyResult,
  TemplatePreview,
} from '../../../shared/domain/views/score-templates';
import type { Demo } from './helpers';
import { call, demo, failure, itemRow, loadWorkbook, storedEntry, toPayload } from './helpers';

let d: Demo;
beforeEach(async () => {
  d = await demo();
});
afterEach(() => d.cleanup());

/** The self-assessment of the first township: no sheet exists yet, so every value is new. */
async function exportSelf(layout: 'per-branch' | 'grid'): Promise<FilePayload> {
  return call<FilePayload>(d.services, 'scoreTemplates.export', {
    roundId: d.selfRoundId,
    evaluatorId: null,
    townshipId: d.townshipId,
    layout,
  });
}

function branchSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return wb.worksheets.find((ws) => ws.state === 'visible' && ws.name !== '填写说明')!;
}

/** What a person types: numbers, a dropdown option, full-width digits, rich text, formulas. */
function fillLikeAPerson(ws: ExcelJS.Worksheet): void {
  const set = (code: string, value: ExcelJS.CellValue, reason?: string) => {
    const r = itemRow(ws, code);
    ws.getCell(r, 7).value = value;
    if (reason !== undefined) ws.getCell(r, 8).value = reason;
  };
  set('S1.1.1', 8.5);
  set('S1.1.2', '较好');
  set('S1.1.3', '是');
  set('S1.1.4', '４.５');
  set('S1.2.1', { formula: '1+1', result: 2 });
  set('S1.2.2', 12);
  set('S1.2.3', 'abc');
  set('S1.3.1', { richText: [{ text: '9' }] });
  set('S1.3.2', { formula: 'A1*2' });
  set('S1.4.3', '是');
  set('S1.4.4', '否');
}

describe('score template round trip (per branch)', () => {
  it('previews every value with its cell, refuses invalid ones and then stores all or nothing', async () => {
    const file = await exportSelf('per-branch');
    const wb = await loadWorkbook(file);
    const ws = branchSheet(wb);
    const branchId = ws.getCell(1, 1).text;
    fillLikeAPerson(ws);
    const filled = await toPayload(wb);

    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file: filled,
    });
    const byItem = new Map(preview.cells.map((c) => [c.itemCode, c]));
    expect(byItem.get('S1.1.1')).toMatchObject({ status: 'new', newValue: { points: 850 } });
    expect(byItem.get('S1.1.2')).toMatchObject({
      status: 'new',
      newValue: { option: 'fairly-good' },
    });
    expect(byItem.get('S1.1.3')).toMatchObject({ status: 'new', newValue: { met: true } });
    expect(byItem.get('S1.1.4')).toMatchObject({ status: 'new', newValue: { points: 450 } });
    expect(byItem.get('S1.2.1')).toMatchObject({ status: 'new', newValue: { findings: 2 } });
    expect(byItem.get('S1.3.1')).toMatchObject({ status: 'new', newValue: { points: 900 } });
    expect(byItem.get('S1.4.4')).toMatchObject({ status: 'new', newValue: { triggered: false } });
    const row = (code: string) => `G${itemRow(ws, code)}`;
    expect(byItem.get('S1.2.2')).toMatchObject({
      status: 'invalid',
      sheet: ws.name,
      cell: row('S1.2.2'),
      problem: { code: 'above-max', params: { max: 5 } },
    });
    expect(byItem.get('S1.2.3')?.problem?.code).toBe('not-a-number');
    expect(byItem.get('S1.3.2')?.problem?.code).toBe('formula-no-result');
    expect(byItem.get('S1.4.3')?.problem?.code).toBe('veto-reason-required');
    expect(preview.counts).toMatchObject({ new: 7, invalid: 4, conflict: 0 });

    // One invalid cell is enough for nothing to be stored.
    const refused = await failure(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file: filled,
      skipConflicts: true,
    });
    expect(refused.details).toMatchObject({ problem: 'template-has-invalid', count: 4 });
    expect(storedEntry(d.services, branchId, d.selfRoundId, null, 'S1.1.1')).toBeUndefined();
    expect(
      d.services.ctx.db
        .prepare('SELECT count(*) AS n FROM score_sheets WHERE evaluator_id IS NULL')
        .get(),
    ).toEqual({ n: 0 });

    // Corrected as the person would after reading the preview.
    ws.getCell(itemRow(ws, 'S1.2.2'), 7).value = 4.5;
    ws.getCell(itemRow(ws, 'S1.2.3'), 7).value = null;
    ws.getCell(itemRow(ws, 'S1.3.2'), 7).value = {
      formula: '2+2.5',
      result: 4.5,
    };
    ws.getCell(itemRow(ws, 'S1.4.3'), 8).value = '班子成员违纪';
    const fixed = await toPayload(wb, '柳林村自评.xlsx');
    const result = await call<TemplateApplyResult>(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file: fixed,
      skipConflicts: false,
    });
    expect(result).toMatchObject({ saved: 10, sheets: 1, sheetsCreated: 1, skippedConflicts: 0 });
    expect(storedEntry(d.services, branchId, d.selfRoundId, null, 'S1.1.1')).toEqual({
      points: 850,
    });
    expect(storedEntry(d.services, branchId, d.selfRoundId, null, 'S1.2.2')).toEqual({
      points: 450,
    });
    expect(storedEntry(d.services, branchId, d.selfRoundId, null, 'S1.4.3')).toEqual({
      triggered: true,
      reason: '班子成员违纪',
    });
    expect(storedEntry(d.services, branchId, d.selfRoundId, null, 'S1.2.3')).toBeUndefined();

    const trail = d.services.ctx.db
      .prepare(
        `SELECT action, before, after, reason FROM audit_log
          WHERE entity = 'sheet' AND entity_id = (SELECT id FROM score_sheets WHERE branch_id = ? AND evaluator_id IS NULL)
          ORDER BY seq`,
      )
      .all(branchId) as { action: string; before: string; after: string; reason: string | null }[];
    expect(trail.map((t) => t.action)).toEqual([
      'open',
      'import',
      ...Array<string>(10).fill('score'),
    ]);
    expect(trail[1]!.reason).toBe('imported from 柳林村自评.xlsx');
    const s111 = trail.find((t) => t.action === 'score' && t.after.includes('"S1.1.1"'))!;
    expect(JSON.parse(s111.before)).toMatchObject({ item: 'S1.1.1', value: null });
    expect(JSON.parse(s111.after)).toMatchObject({ item: 'S1.1.1', value: { points: 850 } });

    // The same file again changes nothing.
    const again = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file: fixed,
    });
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 10, invalid: 0 });
  });

  it('reads odd cells as a person left them: off-step, too precise, error values, merged cells, units', async () => {
    const wb = await loadWorkbook(await exportSelf('per-branch'));
    const ws = branchSheet(wb);
    ws.getCell(itemRow(ws, 'S1.1.1'), 7).value = 8.3;
    ws.getCell(itemRow(ws, 'S1.1.4'), 7).value = '3.125';
    ws.getCell(itemRow(ws, 'S1.1.2'), 7).value = '很好';
    ws.getCell(itemRow(ws, 'S1.2.1'), 7).value = 1.5;
    ws.getCell(itemRow(ws, 'S1.2.2'), 7).value = '4.5分';
    ws.getCell(itemRow(ws, 'S1.2.3'), 7).value = { error: '#N/A' };
    ws.mergeCells(itemRow(ws, 'S1.3.1'), 7, itemRow(ws, 'S1.3.2'), 7);
    ws.getCell(itemRow(ws, 'S1.3.1'), 7).value = 8;
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file: await toPayload(wb),
    });
    const problems = Object.fromEntries(preview.cells.map((c) => [c.itemCode, c.problem?.code]));
    expect(problems).toEqual({
      'S1.1.1': 'not-on-step',
      'S1.1.2': 'unknown-option',
      'S1.1.4': 'too-precise',
      'S1.2.1': 'not-whole',
      'S1.2.2': undefined,
      'S1.2.3': 'error-value',
      'S1.3.1': 'merged-cell',
      'S1.3.2': 'merged-cell',
    });
    expect(preview.cells.find((c) => c.itemCode === 'S1.2.2')?.newValue).toEqual({ points: 450 });
  });
});

describe('score template round trip (grid)', () => {
  it('stores values typed into the grid by branch row and item column', async () => {
    const wb = await loadWorkbook(await exportSelf('grid'));
    const ws = wb.getWorksheet('评分总表')!;
    const colOf = (key: string) => {
      for (let c = 1; c <= ws.columnCount; c += 1) if (ws.getCell(2, c).value === key) return c;
      throw new Error(key);
    };
    const branchA = ws.getCell(5, 1).text;
    const branchB = ws.getCell(6, 1).text;
    ws.getCell(5, colOf('S2.1.2')).value = 7;
    ws.getCell(6, colOf('S2.1.1')).value = '10万—20万元';
    ws.getCell(6, colOf('S2.3.4')).value = '是';
    ws.getCell(6, colOf('S2.3.4#reason')).value = '发生重大安全事故';
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file: await toPayload(wb),
    });
    expect(preview.layout).toBe('grid');
    expect(preview.counts.invalid).toBe(0);
    const result = await call<TemplateApplyResult>(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file: await toPayload(wb),
      skipConflicts: false,
    });
    expect(result).toMatchObject({ saved: 3, sheets: 2, sheetsCreated: 2 });
    expect(storedEntry(d.services, branchA, d.selfRoundId, null, 'S2.1.2')).toEqual({
      points: 700,
    });
    expect(storedEntry(d.services, branchB, d.selfRoundId, null, 'S2.1.1')).toEqual({
      option: '100k-200k',
    });
    expect(storedEntry(d.services, branchB, d.selfRoundId, null, 'S2.3.4')).toEqual({
      triggered: true,
      reason: '发生重大安全事故',
    });
  });
});

describe('score template prefill', () => {
  it('prefills every stored value, so the untouched workbook reads back as unchanged', async () => {
    const file = await call<FilePayload>(d.services, 'scoreTemplates.export', {
      roundId: d.roundId,
      evaluatorId: d.evaluatorId,
      layout: 'grid',
    });
    const stored = d.services.ctx.db
      .prepare(
        `SELECT count(*) AS n FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
          WHERE s.round_id = ? AND s.evaluator_id = ?
            AND s.branch_id IN (SELECT branch_id FROM assignments WHERE round_id = ? AND evaluator_id = ?)`,
      )
      .get(d.roundId, d.evaluatorId, d.roundId, d.evaluatorId) as { n: number };
    expect(stored.n).toBeGreaterThan(0);
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file,
    });
    expect(preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: stored.n,
      conflict: 0,
      invalid: 0,
    });
  });
});
