import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { evaluatorSpans } from '../../../electron/services/ranking';
import { loadCompiledRubric } from '../../../electron/services/rubrics';
import { previewSheet } from '../../../shared/scoring';
import { buildAgenda } from '../../../shared/domain/meeting-rules';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function campaignRubric(): string {
  const row = services.ctx.db
    .prepare('SELECT rubric_version_id FROM campaigns WHERE id = ?')
    .get(county.campaignId) as { rubric_version_id: string };
  return row.rubric_version_id;
}

describe('score span as an agenda reason', () => {
  it('puts a branch whose evaluators are further apart than the threshold on the agenda, after the border', () => {
    const row = (branchId: string, span: number | undefined, flags: string[] = []) => ({
      branchId,
      status: 'rated' as const,
      flags,
      level: 3,
      levelBeforeQuota: 3,
      span,
    });
    const agenda = buildAgenda(
      [row('a', 500), row('b', 1500), row('c', 2000, ['gate']), row('d', undefined, ['demoted'])],
      1000,
    );
    expect(agenda.map((a) => [a.branchId, a.reasons])).toEqual([
      ['d', ['border']],
      ['b', ['span']],
      ['c', ['span', 'gate']],
      ['a', ['consent']],
    ]);
    // Exactly at the threshold is not "above" it; without a threshold no span counts.
    expect(buildAgenda([row('a', 1000)], 1000)[0]!.reasons).toEqual(['consent']);
    expect(buildAgenda([row('a', 99_999)])[0]!.reasons).toEqual(['consent']);
  });

  it('computes max − min of the evaluators’ totals from the stored sheets and shows it on the item', async () => {
    const spans = evaluatorSpans(services.ctx, {
      campaignId: county.campaignId,
      roundId: county.roundId,
    });
    // Independently: each submitted evaluator's sheet rated alone from its score rows.
    const rubric = loadCompiledRubric(services.ctx, campaignRubric());
    const sheetTotals = (branchId: string) =>
      (
        services.ctx.db
          .prepare(
            `SELECT id FROM score_sheets WHERE round_id = ? AND branch_id = ?
                AND evaluator_id IS NOT NULL AND status = 'submitted'`,
          )
          .all(county.roundId, branchId) as { id: string }[]
      ).map(({ id }) => {
        const entries: Record<string, { points: number; fact?: number }> = {};
        for (const r of services.ctx.db
          .prepare('SELECT item_code, points, fact FROM scores WHERE sheet_id = ?')
          .all(id) as { item_code: string; points: number; fact: number | null }[]) {
          entries[r.item_code] = { points: r.points, ...(r.fact === null ? {} : { fact: r.fact }) };
        }
        return previewSheet(rubric, branchId, entries).result.total!;
      });
    const wide = [...spans].filter(([, span]) => span > 0);
    expect(wide.length).toBeGreaterThan(0);
    for (const [branchId, span] of spans) {
      const totals = sheetTotals(branchId);
      expect(span).toBe(Math.max(...totals) - Math.min(...totals));
    }
    const [widest, widestSpan] = wide.sort((a, b) => b[1] - a[1])[0]!;
    const view = await call<MeetingView>(services, 'meetings.create', {
      campaignId: county.campaignId,
      title: '青山县评审会',
      heldOn: '2025-12-10',
      spanThreshold: widestSpan - 1,
      members: [{ name: '王建国' }],
    });
    const spanItems = view.items.filter((i) => i.reasons.includes('span'));
    expect(spanItems.map((i) => [i.branchId, i.span])).toEqual([[widest, widestSpan]]);
    expect(
      view.items.filter((i) => !i.reasons.includes('span')).every((i) => i.span === null),
    ).toBe(true);
    // The default threshold (10 points) against the same data.
    const byDefault = await call<MeetingView>(services, 'meetings.create', {
      campaignId: county.campaignId,
      title: '青山县评审会（默认阈值）',
      heldOn: '2025-12-10',
      members: [{ name: '王建国' }],
    });
    expect(
      byDefault.items
        .filter((i) => i.reasons.includes('span'))
        .map((i) => i.branchId)
        .sort(),
    ).toEqual(
      [...spans]
        .filter(([, s]) => s > 1000)
        .map(([id]) => id)
        .sort(),
    );
  });
});
