import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BranchInput } from '../../../shared/scoring';
import { computeResults, evaluateBranch, RankingState } from '../../../shared/scoring';
import { loadRoundInputs, visitRoundInputs } from '../../../electron/services/ranking/load-inputs';
import {
  iterateUnpackedSheets,
  listRankingBranches,
} from '../../../electron/services/ranking/queries';
import { PACK_BYTES_PER_ITEM } from '../../../electron/services/ranking/pack';
import { bumpRevision } from '../../../electron/store/revision';
import { computeRanking } from '../../../electron/services/ranking/service';
import type { AppServices } from '../../../electron/services/app';
import { demoCampaign, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'inputs.sqlite'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function demo() {
  const { campaign, rubric } = demoCampaign(services);
  const { id: roundId } = services.ctx.db
    .prepare('SELECT deciding_round_id AS id FROM campaigns WHERE id = ?')
    .get(campaign.id) as { id: string };
  const branches = listRankingBranches(services.ctx.db, campaign.id);
  return { campaign, rubric, roundId, branches };
}

/** A sheet's values as plain arrays, sorted, so inputs compare whatever order sheets came in. */
function sheetsOf(input: BranchInput): string[] {
  return input.sheets.map((s) => JSON.stringify([[...s.points], [...s.facts]])).sort();
}

/** Drops the packs of every other submitted sheet, as a write to their scores would. */
function dropHalfThePacks(): number {
  const ids = services.ctx.db
    .prepare("SELECT id FROM score_sheets WHERE status = 'submitted' ORDER BY id")
    .pluck()
    .all() as string[];
  const half = ids.filter((_, i) => i % 2 === 0);
  const clear = services.ctx.db.prepare('UPDATE score_sheets SET packed = NULL WHERE id = ?');
  for (const id of half) clear.run(id);
  return half.length;
}

describe('reading a round branch by branch', () => {
  it('visits every branch once, at its own position, with all its counted sheets', () => {
    const { rubric, roundId, branches } = demo();
    const submitted = services.ctx.db
      .prepare("SELECT count(*) FROM score_sheets WHERE round_id = ? AND status = 'submitted'")
      .pluck()
      .get(roundId) as number;
    expect(submitted).toBeGreaterThan(0);
    const seen = new Array<number>(branches.length).fill(0);
    let sheets = 0;
    visitRoundInputs(services.ctx.db, roundId, rubric, branches, (input, position) => {
      expect(input.branchId).toBe(branches[position]!.id);
      expect(input.townshipId).toBe(branches[position]!.township_id);
      seen[position]! += 1;
      sheets += input.sheets.length;
    });
    expect(seen.every((n) => n === 1)).toBe(true);
    expect(sheets).toBe(submitted);
  });

  it('gives the same inputs when some sheets come from packs and some from score rows', () => {
    const { campaign, rubric, roundId, branches } = demo();
    const before = loadRoundInputs(services.ctx.db, campaign.id, roundId, rubric, branches);
    const dropped = dropHalfThePacks();
    const stale: string[] = [];
    const after = loadRoundInputs(
      services.ctx.db,
      campaign.id,
      roundId,
      rubric,
      branches,
      undefined,
      stale,
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThanOrEqual(dropped);
    expect(after.map(sheetsOf)).toEqual(before.map(sheetsOf));
    expect(after.map((i) => i.pendingSheets)).toEqual(before.map((i) => i.pendingSheets));
  });

  it('counts drafts as pending and carries resolved vetoes to their branch', () => {
    const { rubric, roundId, branches } = demo();
    const first = branches[0]!;
    const veto = rubric.items.find((item) => item.type === 'veto')!;
    services.ctx.db
      .prepare(
        `INSERT INTO veto_resolutions (id, round_id, branch_id, item_code, reason, resolved_by,
           resolved_at) VALUES ('v1', ?, ?, ?, 'checked', 'test', '2026-01-01T00:00:00Z')`,
      )
      .run(roundId, first.id, veto.code);
    const sheet = services.ctx.db
      .prepare(
        "SELECT id FROM score_sheets WHERE round_id = ? AND branch_id = ? AND status = 'submitted'",
      )
      .pluck()
      .get(roundId, first.id) as string;
    services.ctx.db.prepare("UPDATE score_sheets SET status = 'draft' WHERE id = ?").run(sheet);
    const [input] = loadRoundInputs(services.ctx.db, '', roundId, rubric, [first], first.id);
    expect(input!.pendingSheets).toBe(1);
    expect(input!.resolvedVetoes?.get(veto.code)).toBe('checked');
  });

  it('looks up the other sheets of the waiting branches only', () => {
    const { rubric, roundId, branches } = demo();
    const [first, second] = branches;
    const draftOne = services.ctx.db.prepare(
      `UPDATE score_sheets SET status = 'draft'
        WHERE id = (SELECT id FROM score_sheets WHERE round_id = ? AND branch_id = ? LIMIT 1)`,
    );
    draftOne.run(roundId, first!.id);
    draftOne.run(roundId, second!.id);
    const filter = {
      roundId,
      selfRound: false,
      packVersion: rubric.versionId,
      packBytes: rubric.items.length * PACK_BYTES_PER_ITEM,
    };
    const rows = (ids: string[]) => [...iterateUnpackedSheets(services.ctx.db, filter, ids)];
    expect(rows([first!.id]).map(([branchId]) => branchId)).toEqual([first!.id]);
    expect(new Set(rows([first!.id, second!.id]).map(([branchId]) => branchId)).size).toBe(2);
    expect(rows([])).toEqual([]);
  });
});

describe('the streamed ranking', () => {
  it('equals ranking every input loaded at once, also after half the packs were dropped', () => {
    const { campaign, rubric, roundId, branches } = demo();
    const expected = (): unknown[] =>
      computeResults(
        rubric,
        loadRoundInputs(services.ctx.db, campaign.id, roundId, rubric, branches),
      ).map((r) => [r.branchId, r.status, r.total, r.level, r.rank]);
    const view = (): unknown[] =>
      computeRanking(services.ctx, { campaignId: campaign.id, roundId }).rows.map((r) => [
        r.branchId,
        r.status,
        r.total,
        r.level,
        r.rank,
      ]);
    const whole = expected();
    expect(whole.length).toBe(branches.length);
    expect(view()).toEqual(whole);
    dropHalfThePacks();
    // As an audited write would, so the cached ranking is recomputed.
    bumpRevision(services.ctx.db);
    expect(view()).toEqual(whole);
    const unpacked = services.ctx.db
      .prepare(
        "SELECT count(*) FROM score_sheets WHERE round_id = ? AND status = 'submitted' AND packed IS NULL",
      )
      .pluck()
      .get(roundId) as number;
    expect(unpacked).toBe(0);
  });

  it('reuses the display rows until something is written, then rebuilds them', () => {
    const { campaign, roundId, branches } = demo();
    const first = computeRanking(services.ctx, { campaignId: campaign.id, roundId }).rows;
    expect(computeRanking(services.ctx, { campaignId: campaign.id, roundId }).rows).toBe(first);
    services.ctx.db
      .prepare('UPDATE org_units SET name = ? WHERE id = ?')
      .run('改名村党支部', branches[0]!.id);
    bumpRevision(services.ctx.db);
    const after = computeRanking(services.ctx, { campaignId: campaign.id, roundId }).rows;
    expect(after).not.toBe(first);
    expect(after.find((r) => r.branchId === branches[0]!.id)!.branchName).toBe('改名村党支部');
  });

  it('keeps no sheet values once a branch is evaluated', () => {
    const { campaign, rubric, roundId, branches } = demo();
    const inputs = loadRoundInputs(services.ctx.db, campaign.id, roundId, rubric, branches);
    const scored = inputs.find((i) => i.sheets.length > 0)!;
    const state = RankingState.fromInputs(rubric, inputs);
    expect(state.inputOf(scored.branchId)).not.toHaveProperty('sheets');
    expect(state.results().find((r) => r.branchId === scored.branchId)!.evaluators).toBe(
      scored.sheets.length,
    );
  });

  it('refuses evaluations that are missing or not at their own index', () => {
    const { campaign, rubric, roundId, branches } = demo();
    const inputs = loadRoundInputs(services.ctx.db, campaign.id, roundId, rubric, branches);
    const evaluations = inputs.map((input, i) => evaluateBranch(rubric, input, i));
    expect(() => new RankingState(rubric, [...evaluations].reverse())).toThrow(/index/);
    // As if a branch had never been visited: its slot was never filled.
    const holey = new Array<(typeof evaluations)[number]>(evaluations.length);
    evaluations.forEach((e, i) => {
      if (i !== 1) holey[i] = e;
    });
    expect(() => new RankingState(rubric, holey)).toThrow(/index 1/);
  });
});
