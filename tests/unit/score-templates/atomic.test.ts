import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RankingView } from '../../../shared/domain/views';
import type { FilePayload } from './helpers';
import type { TemplateApplyResult } from '../../../shared/domain/views/score-templates';
import type { Demo } from './helpers';
import { call, demo, failure, itemRow, loadWorkbook, toPayload } from './helpers';

let d: Demo;
beforeEach(async () => {
  d = await demo();
});
afterEach(() => d.cleanup());

const scoreCount = () =>
  (d.services.ctx.db.prepare('SELECT count(*) AS n FROM scores').get() as { n: number }).n;

describe('score template apply is all or nothing', () => {
  it('stores nothing, and leaves the ranking as it was, when a later sheet fails', async () => {
    const wb = await loadWorkbook(
      await call<FilePayload>(d.services, 'scoreTemplates.export', {
        roundId: d.selfRoundId,
        evaluatorId: null,
        townshipId: d.townshipId,
        layout: 'per-branch',
      }),
    );
    const sheets = wb.worksheets.filter((ws) => ws.state === 'visible' && ws.name !== '填写说明');
    for (const ws of sheets.slice(0, 3)) ws.getCell(itemRow(ws, 'S1.1.1'), 7).value = 9.5;
    const third = sheets[2]!.getCell(1, 1).text;
    const file = await toPayload(wb);
    const ranking = () =>
      call<RankingView>(d.services, 'ranking.compute', {
        campaignId: d.campaignId,
        roundId: d.selfRoundId,
      });
    const before = JSON.stringify((await ranking()).rows);
    const scoresBefore = scoreCount();
    const auditBefore = d.services.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get();

    // The disk, a constraint, anything: the third sheet's write fails after two were saved.
    d.services.ctx.db.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON scores
      WHEN (SELECT branch_id FROM score_sheets WHERE id = NEW.sheet_id) = '${third}'
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const error = await failure(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file,
      skipConflicts: false,
    });
    expect(error.code).toBe('INTERNAL');
    expect(scoreCount()).toBe(scoresBefore);
    expect(d.services.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(
      auditBefore,
    );
    expect(
      d.services.ctx.db
        .prepare('SELECT count(*) AS n FROM score_sheets WHERE evaluator_id IS NULL')
        .get(),
    ).toEqual({ n: 0 });
    expect(JSON.stringify((await ranking()).rows)).toBe(before);

    d.services.ctx.db.exec('DROP TRIGGER fail_third');
    const result = await call<TemplateApplyResult>(d.services, 'scoreTemplates.apply', {
      campaignId: d.campaignId,
      file,
      skipConflicts: false,
    });
    expect(result).toMatchObject({ saved: 3, sheets: 3, sheetsCreated: 3 });
    expect(scoreCount()).toBe(scoresBefore + 3);
    expect(JSON.stringify((await ranking()).rows)).not.toBe(before);
  });
});
