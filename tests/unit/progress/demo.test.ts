import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { roundComparison } from '../../../electron/services/progress/comparison';
import { evaluatorConsistency } from '../../../electron/services/progress/consistency';
import { progressMatrix } from '../../../electron/services/progress/matrix';
import { listItems } from '../../../shared/domain/rubric';
import { loadDemoRubric } from '../../../electron/services/demo/service';
import { tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
let roundId: string;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'demo.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  roundId = (
    services.ctx.db.prepare('SELECT id FROM rounds WHERE campaign_id = ?').get(campaignId) as {
      id: string;
    }
  ).id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function scalar(sql: string, ...params: unknown[]): number {
  return (services.ctx.db.prepare(sql).get(...params) as { n: number }).n;
}

/** The slow way, from raw score rows: rounded half away from zero once, at the end. */
function roundHalfAway(num: number, den: number): number {
  return Math.sign(num) * Math.round(Math.abs(num) / den) || 0;
}

describe('progress on the demo campaign', () => {
  it('agrees with the sheets table for every cell', () => {
    const m = progressMatrix(services.ctx, { campaignId, roundId });
    expect(m.rows).toHaveLength(40);
    expect(m.columns).toHaveLength(3);
    const required = listItems(loadDemoRubric()).filter(
      (i) => i.type !== 'bonus' && i.type !== 'veto',
    );
    expect(m.requiredItems).toBe(required.length);
    const round = m.rounds[0]!;
    // The demo has no assignments: every opened sheet is expected, nothing else.
    expect(round.expected).toBe(
      scalar('SELECT count(*) AS n FROM score_sheets WHERE round_id = ?', roundId),
    );
    expect(round.submitted).toBe(
      scalar(
        "SELECT count(*) AS n FROM score_sheets WHERE round_id = ? AND status = 'submitted'",
        roundId,
      ),
    );
    expect(round.inProgress + round.notStarted + round.submitted).toBe(round.expected);
    expect(m.byTownship.reduce((sum, t) => sum + t.branches, 0)).toBe(40);
    for (const row of m.rows) {
      for (const cell of row.cells) {
        if (cell.status === 'in-progress') {
          expect(cell.entered + cell.missing.length).toBe(required.length);
          expect(cell.missing.length).toBeGreaterThan(0);
        }
        if (cell.status === 'unassigned') expect(cell.sheetId).toBeNull();
      }
    }
  });

  it('matches a slow reference for the evaluators and items', () => {
    const report = evaluatorConsistency(services.ctx, { campaignId, roundId });
    const points = new Set(
      listItems(loadDemoRubric())
        .filter((i) => i.type !== 'veto' && i.type !== 'gate')
        .map((i) => i.code),
    );
    const rows = (
      services.ctx.db
        .prepare(
          `SELECT s.branch_id, s.evaluator_id, sc.item_code, sc.points FROM score_sheets s
             JOIN scores sc ON sc.sheet_id = s.id
            WHERE s.round_id = ? AND s.status = 'submitted' AND s.evaluator_id IS NOT NULL`,
        )
        .all(roundId) as {
        branch_id: string;
        evaluator_id: string;
        item_code: string;
        points: number;
      }[]
    ).filter((r) => points.has(r.item_code));
    const panels = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.branch_id}|${r.item_code}`;
      panels.set(key, [...(panels.get(key) ?? []), r]);
    }
    // Deviations as exact fractions over 2520 (every panel here has 2 or 3 members).
    const perEvaluator = new Map<string, { signed: number; absolute: number; n: number }>();
    const perItem = new Map<string, { spread: number; n: number }>();
    for (const panel of panels.values()) {
      if (panel.length < 2) continue;
      const sum = panel.reduce((s, r) => s + r.points, 0);
      for (const r of panel) {
        const deviation = ((panel.length * r.points - sum) * 2520) / panel.length;
        const e = perEvaluator.get(r.evaluator_id) ?? { signed: 0, absolute: 0, n: 0 };
        perEvaluator.set(r.evaluator_id, {
          signed: e.signed + deviation,
          absolute: e.absolute + Math.abs(deviation),
          n: e.n + 1,
        });
      }
      const values = panel.map((r) => r.points);
      const item = perItem.get(panel[0]!.item_code) ?? { spread: 0, n: 0 };
      perItem.set(panel[0]!.item_code, {
        spread: item.spread + Math.max(...values) - Math.min(...values),
        n: item.n + 1,
      });
    }
    expect(report.evaluators.length).toBe(3);
    expect(report.panelBranches).toBeGreaterThan(5);
    for (const e of report.evaluators) {
      const ref = perEvaluator.get(e.evaluatorId)!;
      expect(e.comparisons).toBe(ref.n);
      expect(e.meanSigned).toBe(roundHalfAway(ref.signed, ref.n * 2520));
      expect(e.meanAbsolute).toBe(roundHalfAway(ref.absolute, ref.n * 2520));
    }
    expect(report.items).toHaveLength(perItem.size);
    for (const item of report.items) {
      const ref = perItem.get(item.code)!;
      expect([item.branches, item.meanRange]).toEqual([ref.n, roundHalfAway(ref.spread, ref.n)]);
    }
    const ranges = report.items.map((i) => i.meanRange);
    expect(ranges).toEqual([...ranges].sort((a, b) => b - a));
  });

  it('compares the only round with itself without a gap', () => {
    const view = roundComparison(services.ctx, { campaignId });
    expect(view.rows).toHaveLength(40);
    expect(view.rows.every((r) => r.gap === null || r.gap === 0)).toBe(true);
    expect(view.flaggedCount).toBe(0);
  });
});
