import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FilePayload } from './helpers';
import type {
  TemplateApplyResult,
  TemplatePreview,
} from '../../../shared/domain/views/score-templates';
import type { Demo } from './helpers';
import { addSelfRound, demoCountyCampaign } from '../support';
import { call, demo, itemRow, loadWorkbook, storedEntry, toPayload } from './helpers';

let d: Demo;
beforeEach(async () => {
  d = await demo();
});
afterEach(() => d.cleanup());

describe('score templates for bonus and gate items, in English', () => {
  it('exports English words and reads bonus points, yes/no gates and gate values', async () => {
    const rubric = await call<{ id: string }>(d.services, 'rubrics.createFromTemplate', {
      templateId: 'banded-110',
    });
    const campaign = {
      id: demoCountyCampaign(d.services, {
        name: '110 分制',
        year: 2025,
        rubricVersionId: rubric.id,
      }),
    };
    const roundId = await addSelfRound(d.services, campaign.id);
    await call(d.services, 'preferences.update', { language: 'en' });

    const wb = await loadWorkbook(
      await call<FilePayload>(d.services, 'scoreTemplates.export', {
        roundId,
        evaluatorId: null,
        townshipId: d.townshipId,
        layout: 'per-branch',
      }),
    );
    expect(wb.worksheets[0]!.name).toBe('Instructions');
    const ws = wb.worksheets.find((s) => s.state === 'visible' && s.name !== 'Instructions')!;
    const branchId = ws.getCell(1, 1).text;
    const input = (code: string) => ws.getCell(itemRow(ws, code), 7);
    expect(input('B6.2.3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(input('B7.1.3').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
    });
    expect(input('B8.1.1').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 5] });
    input('B6.2.3').value = 'Yes';
    input('B7.1.3').value = 92.5;
    input('B8.1.1').value = 3;
    input('B8.1.2').value = 4;

    const file = await toPayload(wb);
    const preview = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: campaign.id,
      file,
    });
    expect(preview.counts).toMatchObject({ new: 3, invalid: 1 });
    expect(preview.cells.find((c) => c.itemCode === 'B8.1.2')).toMatchObject({
      status: 'invalid',
      problem: { code: 'above-max', params: { max: 3 } },
    });
    input('B8.1.2').value = '是';
    const fixed = await toPayload(wb);
    const again = await call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
      campaignId: campaign.id,
      file: fixed,
    });
    expect(again.cells.find((c) => c.itemCode === 'B8.1.2')?.problem?.code).toBe('not-a-number');
    input('B8.1.2').value = null;
    const result = await call<TemplateApplyResult>(d.services, 'scoreTemplates.apply', {
      campaignId: campaign.id,
      file: await toPayload(wb),
      skipConflicts: false,
    });
    expect(result.saved).toBe(3);
    expect(storedEntry(d.services, branchId, roundId, null, 'B6.2.3')).toEqual({ met: true });
    expect(storedEntry(d.services, branchId, roundId, null, 'B7.1.3')).toEqual({ value: 9250 });
    expect(storedEntry(d.services, branchId, roundId, null, 'B8.1.1')).toEqual({ points: 300 });
  });
});
