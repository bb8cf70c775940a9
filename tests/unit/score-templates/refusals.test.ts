import type ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetView } from '../../../shared/domain/views';
import type { FilePayload } from './helpers';
import type {
  TemplateApplyResult,
  TemplatePreview,
} from '../../../shared/domain/views/score-templates';
import { demoCountyCampaign } from '../support';
import type { Demo } from './helpers';
import { call, demo, failure, itemRow, loadWorkbook, storedEntry, toPayload } from './helpers';
import { holdFile } from '../support';

let d: Demo;
beforeEach(async () => {
  d = await demo();
});
afterEach(() => d.cleanup());

const exportSelf = (layout: 'per-branch' | 'grid' = 'per-branch') =>
  call<FilePayload>(d.services, 'scoreTemplates.export', {
    roundId: d.selfRoundId,
    evaluatorId: null,
    townshipId: d.townshipId,
    layout,
  });

const firstBranchSheet = (wb: ExcelJS.Workbook) =>
  wb.worksheets.find((ws) => ws.state === 'visible' && ws.name !== '填写说明')!;

async function previewError(file: FilePayload, campaignId = d.campaignId) {
  return (await failure(d.services, 'scoreTemplates.preview', { campaignId, file })).details;
}

describe('score template refusals', () => {
  it('refuses a workbook of another campaign', async () => {
    const file = await exportSelf();
    const other = {
      id: demoCountyCampaign(d.services, {
        name: '另一个批次',
        year: 2024,
        rubricVersionId: (
          d.services.ctx.db.prepare('SELECT rubric_version_id AS id FROM campaigns').get() as {
            id: string;
          }
        ).id,
      }),
    };
    expect(await previewError(file, other.id)).toMatchObject({
      problem: 'template-other-campaign',
      file: file.fileName,
    });
  });

  it('refuses a workbook whose rows were deleted, naming sheet and cell', async () => {
    const wb = await loadWorkbook(await exportSelf());
    const ws = firstBranchSheet(wb);
    ws.spliceRows(itemRow(ws, 'S1.2.1'), 1);
    expect(await previewError(await toPayload(wb))).toMatchObject({
      problem: 'template-structure',
      sheet: ws.name,
      cell: `A${itemRow(ws, 'S1.2.2')}`,
    });
  });

  it('refuses a workbook whose columns were moved', async () => {
    const wb = await loadWorkbook(await exportSelf('grid'));
    const ws = wb.getWorksheet('评分总表')!;
    ws.spliceColumns(6, 1);
    expect(await previewError(await toPayload(wb))).toMatchObject({
      problem: 'template-structure',
      cell: 'F2',
    });
    const wb2 = await loadWorkbook(await exportSelf());
    const ws2 = firstBranchSheet(wb2);
    ws2.spliceColumns(5, 0, []);
    expect(await previewError(await toPayload(wb2))).toMatchObject({
      problem: 'template-structure',
      sheet: ws2.name,
    });
  });

  it('refuses a workbook without its hidden sheet, or with edited hidden ids', async () => {
    const wb = await loadWorkbook(await exportSelf());
    wb.removeWorksheet(wb.getWorksheet('_xingping')!.id);
    expect(await previewError(await toPayload(wb))).toMatchObject({
      problem: 'template-not-template',
    });
    const wb2 = await loadWorkbook(await exportSelf());
    const meta = wb2.getWorksheet('_xingping')!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === 'branch') row.getCell(5).value = 7;
    });
    expect(await previewError(await toPayload(wb2))).toMatchObject({
      problem: 'template-fingerprint',
    });
  });

  it('refuses an evaluator workbook once a branch is no longer assigned to them', async () => {
    const file = await call<FilePayload>(d.services, 'scoreTemplates.export', {
      roundId: d.roundId,
      evaluatorId: d.evaluatorId,
      layout: 'grid',
    });
    const branch = d.services.ctx.db
      .prepare(
        `SELECT a.branch_id AS id FROM assignments a WHERE a.round_id = ? AND a.evaluator_id = ?
            AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.round_id = a.round_id
                             AND s.branch_id = a.branch_id AND s.evaluator_id = a.evaluator_id
                             AND s.status = 'submitted')`,
      )
      .get(d.roundId, d.evaluatorId) as { id: string };
    await call(d.services, 'assignments.remove', {
      roundId: d.roundId,
      evaluatorId: d.evaluatorId,
      branchId: branch.id,
    });
    expect(await previewError(file)).toMatchObject({ problem: 'template-not-assigned' });
  });

  it('refuses files over the 100 MB import limit before reading them', async () => {
    const big = { fileName: 'big.xlsx', bytes: Buffer.alloc(100 * 1024 * 1024 + 1) };
    await expect(holdFile(d.services, big)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { fileName: 'big.xlsx', kind: 'import', limitMb: 100 },
    });
  });

  it('refuses files that are not workbooks', async () => {
    const junk = { fileName: 'x.xlsx', bytes: Buffer.from('not a zip') };
    expect(await previewError(junk)).toMatchObject({ problem: 'template-not-xlsx' });
  });
});

describe('score template conflicts', () => {
  it('flags values whose sheet changed in the app after the export, and can skip them', async () => {
    const wb = await loadWorkbook(await exportSelf());
    const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' && ws.name !== '填写说明');
    const [a, b] = [sheets[0]!, sheets[1]!];
    const branchA = a.getCell(1, 1).text;
    const branchB = b.getCell(1, 1).text;
    // Someone scores branch A in the app after the workbook went out.
    const opened = await call<SheetView>(d.services, 'sheets.open', {
      roundId: d.selfRoundId,
      branchId: branchA,
      evaluatorId: null,
    });
    await call(d.services, 'scores.save', {
      sheetId: opened.id,
      expectedVersion: opened.version,
      entries: [{ item: 'S1.1.1', value: { points: 600 } }],
    });
    a.getCell(itemRow(a, 'S1.1.1'), 7).value = 9;
    b.getCell(itemRow(b, 'S1.1.1'), 7).value = 7;
    const file = await toPayload(wb);
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file,
    });
    expect(preview.cells.find((c) => c.branchId === branchA)).toMatchObject({
      status: 'conflict',
      conflict: 'changed-since-export',
      oldValue: { points: 600 },
      newValue: { points: 900 },
    });
    expect(preview.counts).toMatchObject({ conflict: 1, new: 1 });
    const refused = await failure(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file,
      skipConflicts: false,
    });
    expect(refused.details).toMatchObject({ problem: 'template-has-conflicts' });
    expect(storedEntry(d.services, branchB, d.selfRoundId, null, 'S1.1.1')).toBeUndefined();
    const result = await call<TemplateApplyResult>(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file,
      skipConflicts: true,
    });
    expect(result).toMatchObject({ saved: 1, skippedConflicts: 1 });
    expect(storedEntry(d.services, branchA, d.selfRoundId, null, 'S1.1.1')).toEqual({
      points: 600,
    });
    expect(storedEntry(d.services, branchB, d.selfRoundId, null, 'S1.1.1')).toEqual({
      points: 700,
    });
  });

  it('keeps submitted sheets locked in the workbook and flags edits to them', async () => {
    const file = await call<FilePayload>(d.services, 'scoreTemplates.export', {
      roundId: d.roundId,
      evaluatorId: d.evaluatorId,
      layout: 'per-branch',
    });
    const submitted = d.services.ctx.db
      .prepare(
        "SELECT branch_id FROM score_sheets WHERE round_id = ? AND evaluator_id = ? AND status = 'submitted'",
      )
      .all(d.roundId, d.evaluatorId) as { branch_id: string }[];
    const wb = await loadWorkbook(file);
    const visible = wb.worksheets.filter((ws) => ws.state === 'visible' && ws.name !== '填写说明');
    // Exactly the assigned township's branches.
    const assigned = d.services.ctx.db
      .prepare('SELECT count(*) AS n FROM assignments WHERE round_id = ? AND evaluator_id = ?')
      .get(d.roundId, d.evaluatorId) as { n: number };
    expect(visible).toHaveLength(assigned.n);
    const ws = visible.find((s) => submitted.some((x) => x.branch_id === s.getCell(1, 1).value));
    expect(ws).toBeDefined();
    const cell = ws!.getCell(itemRow(ws!, 'S1.1.1'), 7);
    expect(cell.protection?.locked).not.toBe(false);
    cell.value = cell.value === 10 ? 9 : 10;
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: d.campaignId,
      file: await toPayload(wb),
    });
    expect(preview.cells.filter((c) => c.status === 'conflict')).toEqual([
      expect.objectContaining({ conflict: 'submitted', itemCode: 'S1.1.1' }),
    ]);
  });
});

describe('score template workbook', () => {
  it('protects the structure and validates every input cell', async () => {
    const wb = await loadWorkbook(await exportSelf());
    expect(wb.getWorksheet('_xingping')!.state).toBe('veryHidden');
    expect(wb.worksheets[0]!.name).toBe('填写说明');
    const ws = firstBranchSheet(wb);
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({
      sheet: true,
    });
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getRow(2).hidden).toBe(true);
    const input = (code: string) => ws.getCell(itemRow(ws, code), 7);
    expect(input('S1.1.1').protection).toMatchObject({ locked: false });
    expect(input('S1.1.1').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 10],
    });
    expect(input('S1.2.1').dataValidation).toMatchObject({ type: 'whole', formulae: [0] });
    expect(input('S1.1.2').dataValidation).toMatchObject({ type: 'list' });
    expect(String(input('S1.1.2').dataValidation.formulae[0])).toContain('_lists');
    expect(input('S1.1.3').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(input('S1.4.3').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(ws.getCell(itemRow(ws, 'S1.4.3'), 8).protection).toMatchObject({ locked: false });
    // Labels and rules are locked.
    expect(ws.getCell(itemRow(ws, 'S1.1.1'), 4).protection?.locked).not.toBe(false);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('neutralises names that a spreadsheet could take for a formula', async () => {
    d.services.ctx.db
      .prepare(
        'UPDATE org_units SET name = \'=HYPERLINK("http://x")\' WHERE id = (SELECT branch_id FROM campaign_branches LIMIT 1)',
      )
      .run();
    const wb = await loadWorkbook(
      await call<FilePayload>(d.services, 'scoreTemplates.export', {
        roundId: d.selfRoundId,
        evaluatorId: null,
        layout: 'grid',
      }),
    );
    const ws = wb.getWorksheet('评分总表')!;
    const names: unknown[] = [];
    ws.eachRow((row) => names.push(row.getCell(3).value));
    expect(names).toContain('\'=HYPERLINK("http://x")');
    expect(names.some((n) => typeof n === 'object' && n !== null)).toBe(false);
  });

  it('refuses to export for an evaluator with no branches in the round', async () => {
    const other = d.services.ctx.db
      .prepare('SELECT evaluator_id AS id FROM campaign_evaluators WHERE evaluator_id != ?')
      .get(d.evaluatorId) as { id: string };
    // The demo assigns each evaluator the branches it scored; this one keeps none.
    d.services.ctx.db.prepare('DELETE FROM assignments WHERE evaluator_id = ?').run(other.id);
    const error = await failure(d.services, 'scoreTemplates.export', {
      roundId: d.roundId,
      evaluatorId: other.id,
      layout: 'grid',
    });
    expect(error.details).toMatchObject({ problem: 'template-no-branches' });
  });
});
