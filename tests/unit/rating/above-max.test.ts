import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMainI18n } from '../../../electron/i18n';
import type { AppServices } from '../../../electron/services/app';
import type { EntryProblem } from '../../../shared/domain/entry';
import { resolveEntry } from '../../../shared/domain/entry';
import type { EntryRefusal, EntryTranslate } from '../../../shared/domain/entry-refusal';
import { entryRefusal, entryRefusalText } from '../../../shared/domain/entry-refusal';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { SheetView } from '../../../shared/domain/views';
import type { GridSaveResult } from '../../../shared/domain/views/grid';
import type { TemplatePreview } from '../../../shared/domain/views/score-templates';
import type { CellProblem } from '../../../shared/grid/cell-text';
import { readCell } from '../../../shared/grid/cell-text';
import type { Qingshan } from '../../fixtures/qingshan-county';
import type { FilePayload } from '../score-templates/helpers';
import { call, failure, itemRow, loadWorkbook, toPayload } from '../score-templates/helpers';
import { addSelfRound, tempDir } from '../support';
import { qingshanServices } from './qingshan';

/**
 * 12 points typed for 班子结构 (S1.1.1, at most 10 points): every path refuses it with the same
 * facts — which item, and its maximum in points (10, not the stored 1000 hundredths).
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let evaluatorId: string;
/** The self-assessment round the sheet and template paths score in (a branch scores itself). */
let selfRoundId: string;
beforeAll(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
  evaluatorId = (
    services.ctx.db.prepare("SELECT id FROM evaluators WHERE name = '王明'").get() as {
      id: string;
    }
  ).id;
  selfRoundId = await addSelfRound(services, county.campaignId);
}, 60_000);
afterAll(() => {
  services.close();
  tmp.cleanup();
});

const REFUSAL = { item: 'S1.1.1', problem: 'above-max', max: 10 };

/** What each path said, collected by the tests below for the last one. */
const said: Record<string, Record<string, unknown>> = {};

describe('a value above the maximum, on every path', () => {
  it('scores.save answers the item and its maximum in points, in words', async () => {
    const sheet = await call<SheetView>(services, 'sheets.open', {
      roundId: selfRoundId,
      branchId: county.branches.get('柳塘村'),
      evaluatorId: null,
    });
    const error = await failure(services, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: 'S1.1.1', value: { points: 1200 } }],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject(REFUSAL);
    expect(error.message).toBe('Item S1.1.1 is above its maximum of 10 points');
    said.api = { code: error.code, message: error.message, details: error.details };
  });

  it('the grid reports the same facts for the cell', async () => {
    const result = await call<GridSaveResult>(services, 'grid.save', {
      roundId: county.roundId,
      evaluatorId,
      cells: [{ branchId: county.branches.get('金沙村'), item: 'S1.1.1', value: { points: 1200 } }],
      versions: {},
    });
    expect(result.cells).toEqual([
      { branchId: county.branches.get('金沙村'), status: 'invalid', ...REFUSAL },
    ]);
    said.grid = { ...result.cells[0] };
  });

  it('a score template reports the same facts for the cell', async () => {
    const file = await call<FilePayload>(services, 'scoreTemplates.export', {
      roundId: selfRoundId,
      evaluatorId: null,
      townshipId: (
        services.ctx.db.prepare("SELECT id FROM org_units WHERE name = '石门镇'").get() as {
          id: string;
        }
      ).id,
      layout: 'per-branch',
    });
    const wb = await loadWorkbook(file);
    const ws = wb.worksheets.find((w: ExcelJS.Worksheet) => w.name.includes('金沙村'))!;
    ws.getCell(itemRow(ws, 'S1.1.1'), 7).value = 12;
    const preview = await call<TemplatePreview>(services, 'scoreTemplates.preview', {
      campaignId: county.campaignId,
      file: await toPayload(wb),
    });
    const cell = preview.cells.find((c) => c.itemCode === 'S1.1.1' && c.branchName === '金沙村');
    expect(cell).toMatchObject({ status: 'invalid', problem: { code: 'above-max' } });
    expect(cell!.problem!.params).toEqual(REFUSAL);
    said.template = { ...cell!.problem!.params };
  });

  it('and every path words it in the same sentence, naming the item and 10 points', async () => {
    const rubric = await call<{ definition: RubricDefinition }>(services, 'rubrics.get', {
      id: county.rubricVersionId,
    });
    const item = listItems(rubric.definition).find((i) => i.code === 'S1.1.1')!;
    // What the score sheet and the grid check on screen before anything is sent.
    const typed = resolveEntry(item, { points: 1200 });
    const pasted = readCell(item, '12', { yes: ['是'], no: ['否'] });
    expect(pasted).toEqual({ problem: 'above-max', max: 10 });
    const refusals: Pick<EntryRefusal, 'problem' | 'max' | 'step'>[] = [
      entryRefusal(item.code, typed as EntryProblem),
      { ...(pasted as CellProblem), problem: 'above-max' }, // checked just above
      said.api!.details as EntryRefusal,
      said.grid as unknown as EntryRefusal,
      said.template as unknown as EntryRefusal,
    ];
    expect(refusals.map(({ problem, max }) => ({ problem, max }))).toEqual(
      refusals.map(() => ({ problem: 'above-max', max: 10 })),
    );
    for (const [language, name, sentence] of [
      ['zh-CN', item.name, '“S1.1.1 班子结构”超过满分 10 分。'],
      [
        'en',
        item.nameEn!,
        '“S1.1.1 Structure of the leadership team” is above its maximum of 10 points.',
      ],
    ] as const) {
      const t = createMainI18n(language).getFixedT(language) as unknown as EntryTranslate;
      const texts = refusals.map((r) => entryRefusalText(t, r, `S1.1.1 ${name}`));
      expect(new Set(texts)).toEqual(new Set([sentence]));
    }
  });
});
