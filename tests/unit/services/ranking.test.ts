import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { linkPrevious } from '../../../electron/services/campaigns/settings';
import { computeRanking, explainRanking } from '../../../electron/services/ranking/service';
import { insertScore, insertSheet } from '../../../electron/store/queries/sheets';
import { count, demoCountyCampaign, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'rank.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function scalar(sql: string, ...params: unknown[]): number {
  return (services.ctx.db.prepare(sql).get(...params) as { n: number }).n;
}

describe('ranking service', () => {
  it('ranks the demo: rated = branches whose sheets are all submitted and complete', () => {
    const view = computeRanking(services.ctx, { campaignId });
    const withSheets = scalar('SELECT count(DISTINCT branch_id) AS n FROM score_sheets');
    const withDrafts = scalar(
      "SELECT count(DISTINCT branch_id) AS n FROM score_sheets WHERE status = 'draft'",
    );
    const rated = view.rows.filter((r) => r.status === 'rated' || r.status === 'vetoed').length;
    expect(rated).toBe(withSheets - withDrafts);
    expect(view.rows.filter((r) => r.status === 'unscored')).toHaveLength(40 - withSheets);
    expect(view.rows).toHaveLength(40);
    // Ranks ascend and levels never increase down the list.
    const ranked = view.rows.filter((r) => r.rank !== null);
    ranked.forEach((row, i) => {
      if (i > 0) {
        expect(row.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
        expect(row.level!).toBeLessThanOrEqual(ranked[i - 1]!.level!);
      }
    });
    expect(view.dimensions.map((d) => d.passLine)).toEqual([8000, 8000, 8000, 8000, 8000]);
  });

  it('explains a row with its star scores against the pass lines', () => {
    const view = computeRanking(services.ctx, { campaignId });
    const top = view.rows[0]!;
    const explanation = explainRanking(services.ctx, { campaignId, branchId: top.branchId });
    expect(explanation.row).toEqual(top);
    const starReasons = explanation.result.reasons.filter((r) => r.kind === 'star-score');
    expect(starReasons).toHaveLength(5);
    expect(explanation.itemNames['S1']?.name).toBe('支部过硬星');
  });

  it('keeps the demo veto raised until it is resolved with a reason, which is audited', async () => {
    const view = computeRanking(services.ctx, { campaignId });
    const vetoed = view.rows.find((r) => r.flags.includes('veto'))!;
    expect(vetoed).toBeDefined();
    const explained = explainRanking(services.ctx, { campaignId, branchId: vetoed.branchId });
    const before = explained.result;
    expect(before.reasons).toContainEqual(
      expect.objectContaining({ kind: 'star-veto', star: 'S4' }),
    );
    // The explanation says why, as the evaluator wrote it when raising the veto.
    expect(explained.vetoNotes).toEqual([
      { item: 'S4.3.4', by: expect.any(String) as string, reason: '示例:该村发生安全事故' },
    ]);
    const result = await services.registry.call('vetoes.resolve', {
      roundId: view.roundId,
      branchId: vetoed.branchId,
      itemCode: 'S4.3.4',
      reason: '经县纪委核实,事故责任不在村党组织',
    });
    expect(result.ok).toBe(true);
    const after = computeRanking(services.ctx, { campaignId }).rows.find(
      (r) => r.branchId === vetoed.branchId,
    )!;
    expect(after.flags).not.toContain('veto');
    expect(scalar("SELECT count(*) AS n FROM audit_log WHERE action = 'resolve-veto'")).toBe(1);
    const again = await services.registry.call('vetoes.resolve', {
      roundId: view.roundId,
      branchId: vetoed.branchId,
      itemCode: 'S4.3.4',
      reason: '重复',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('shows last year’s level and the change once a campaign is linked', () => {
    const demo = listCampaignSummaries(services.ctx)[0]!;
    const next = {
      id: demoCountyCampaign(services, {
        name: '2026',
        year: 2026,
        rubricVersionId: demo.rubricVersionId,
      }),
    };
    linkPrevious(services.ctx, { campaignId: next.id, previousCampaignId: demo.id });
    const lastYear = computeRanking(services.ctx, { campaignId: demo.id }).rows.find(
      (r) => r.level !== null && r.level >= 1,
    )!;
    // Score that branch full marks this year, by one evaluator.
    const round = services.ctx.db
      .prepare('SELECT id FROM rounds WHERE campaign_id = ?')
      .get(next.id) as { id: string };
    const items = services.ctx.db.prepare('SELECT DISTINCT item_code FROM scores').all() as {
      item_code: string;
    }[];
    const evaluator = services.ctx.db.prepare('SELECT id FROM evaluators LIMIT 1').get() as {
      id: string;
    };
    insertSheet(services.ctx.db, {
      id: '99999999-0000-4000-8000-000000000001',
      roundId: round.id,
      branchId: lastYear.branchId,
      evaluatorId: evaluator.id,
      status: 'submitted',
      at: 'now',
    });
    const maxima = new Map(
      (
        services.ctx.db
          .prepare('SELECT item_code, max(points) AS m FROM scores GROUP BY item_code')
          .all() as { item_code: string; m: number }[]
      ).map((r) => [r.item_code, r.m]),
    );
    for (const { item_code: code } of items) {
      insertScore(services.ctx.db, {
        sheetId: '99999999-0000-4000-8000-000000000001',
        itemCode: code,
        points: maxima.get(code) ?? 0,
        fact: code.endsWith('.4') || code.endsWith('.3.4') ? 0 : null,
        input: null,
        at: 'now',
      });
    }
    const row = computeRanking(services.ctx, { campaignId: next.id }).rows.find(
      (r) => r.branchId === lastYear.branchId,
    )!;
    expect(row.previousLevel).toBe(lastYear.level);
    expect(row.change).toBe(
      row.level! > lastYear.level! ? 'gained' : row.level === lastYear.level ? 'same' : 'lost',
    );
    const previous = computeRanking(services.ctx, { campaignId: next.id });
    expect(previous.previousCampaign).toEqual({ id: demo.id, name: demo.name });
  });

  it('refuses to link a campaign to itself or in a circle', async () => {
    const self = await services.registry.call('campaigns.linkPrevious', {
      campaignId,
      previousCampaignId: campaignId,
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('stores plan targets and returns them with the ranking', async () => {
    const result = await services.registry.call('campaigns.setPlan', {
      campaignId,
      targets: [{ townshipId: null, kind: 'level', target: '5', count: 3 }],
    });
    expect(result.ok).toBe(true);
    expect(computeRanking(services.ctx, { campaignId }).plan).toEqual([
      { townshipId: null, kind: 'level', target: '5', count: 3 },
    ]);
    expect(count(services, 'plan_targets')).toBe(1);
  });

  it('sees a score changed by another connection (another window or process)', () => {
    const top = computeRanking(services.ctx, { campaignId }).rows[0]!;
    const other = new Database(services.ctx.info.dataFile);
    other
      .prepare(
        `UPDATE scores SET points = 0 WHERE item_code = 'S1.1.1'
           AND sheet_id IN (SELECT id FROM score_sheets WHERE branch_id = ?)`,
      )
      .run(top.branchId);
    other.close();
    const after = computeRanking(services.ctx, { campaignId }).rows.find(
      (r) => r.branchId === top.branchId,
    )!;
    expect(after.total).toBeLessThan(top.total!);
  });
});
