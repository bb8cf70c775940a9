import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RankingView, TownshipNode } from '../../../shared/domain/views';
import type { RegistryTree } from '../../../shared/domain/views/branch-registry';
import { count } from '../support';
import type { Harness } from './harness';
import { json, openHarness } from './harness';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.close());

async function campaignTreeIds(): Promise<string[]> {
  const tree = await h.call<TownshipNode[]>('branches.tree', { campaignId: h.campaignId });
  return tree.flatMap((t) => t.branches.map((b) => b.id));
}

async function rankedIds(): Promise<string[]> {
  const view = await h.call<RankingView>('ranking.compute', { campaignId: h.campaignId });
  return view.rows.map((r) => r.branchId);
}

describe('archive and restore', () => {
  it('hides an archived branch from new work but keeps its sheets and ranking', async () => {
    const id = h.scoredBranch();
    const sheets = count(h.services, 'score_sheets');
    const ranked = await rankedIds();
    expect(ranked).toContain(id);

    await h.call('branchRegistry.archiveBranch', { branchId: id, reason: '撤并' });
    expect(await campaignTreeIds()).not.toContain(id);
    expect(count(h.services, 'score_sheets')).toBe(sheets);
    expect(await rankedIds()).toEqual(ranked);
    const tree = await h.call<RegistryTree>('branchRegistry.tree', { campaignId: h.campaignId });
    const node = tree.townships.flatMap((t) => t.branches).find((b) => b.id === id);
    expect(node).toMatchObject({ archived: true, takesPart: true, deletable: false });

    const again = await h.failure('branchRegistry.archiveBranch', { branchId: id });
    expect(again.details).toMatchObject({ reason: 'archived' });

    await h.call('branchRegistry.restoreBranch', { branchId: id });
    expect(await campaignTreeIds()).toContain(id);
    const actions = h.auditOf(id).map((e) => e.action);
    expect(actions).toEqual(['archive', 'restore']);
    const [archived] = h.auditOf(id);
    expect(json(archived!.before).archivedAt).toBeNull();
    expect(json(archived!.after).archivedAt).toBe('2025-11-20T08:00:00.000Z');
    expect(archived!.reason).toBe('撤并');
  });

  it('gives an archived branch no new sheets and leaves it out of township assignments', async () => {
    const id = h.unscoredBranch();
    const { round_id: roundId } = h.row<{ round_id: string }>(
      'SELECT id AS round_id FROM rounds WHERE campaign_id = ? ORDER BY seq LIMIT 1',
      h.campaignId,
    );
    const { parent_id: townshipId } = h.row<{ parent_id: string }>(
      'SELECT parent_id FROM org_units WHERE id = ?',
      id,
    );
    const { id: evaluatorId } = h.row<{ id: string }>(
      'SELECT evaluator_id AS id FROM campaign_evaluators WHERE campaign_id = ? LIMIT 1',
      h.campaignId,
    );
    await h.call('branchRegistry.archiveBranch', { branchId: id });

    const refused = await h.failure('sheets.open', { roundId, branchId: id, evaluatorId });
    expect(refused.code).toBe('NOT_FOUND');
    expect(
      h.row<{ n: number }>('SELECT count(*) AS n FROM score_sheets WHERE branch_id = ?', id).n,
    ).toBe(0);

    await h.call('assignments.assignTownship', {
      roundId,
      evaluatorId,
      townshipId,
      conflictReason: '本乡镇评委,经评审组同意',
    });
    const assigned = h.rows<{ branch_id: string }>(
      'SELECT branch_id FROM assignments WHERE round_id = ? AND evaluator_id = ?',
      roundId,
      evaluatorId,
    );
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.map((a) => a.branch_id)).not.toContain(id);
  });

  it('refuses to restore a branch that is not archived', async () => {
    const error = await h.failure('branchRegistry.restoreBranch', { branchId: h.scoredBranch() });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'notArchived' } });
  });
});

describe('delete', () => {
  it('refuses to delete a scored branch and tells to archive instead', async () => {
    const id = h.scoredBranch();
    const units = count(h.services, 'org_units');
    const audits = count(h.services, 'audit_log');
    const error = await h.failure('branchRegistry.deleteBranch', { branchId: id });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'scored' } });
    expect(count(h.services, 'org_units')).toBe(units);
    expect(count(h.services, 'audit_log')).toBe(audits);
  });

  it('refuses to delete a branch scored in another campaign only', async () => {
    const id = h.unscoredBranch();
    const db = h.services.ctx.db;
    const round = h.row<{ id: string }>(
      'SELECT id FROM rounds WHERE campaign_id = ?',
      h.campaignId,
    );
    // A sheet elsewhere is enough: deletion would tear a hole into that campaign's results.
    db.prepare(
      `INSERT INTO score_sheets (id, round_id, branch_id, evaluator_id, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-00000000d001', ?, ?, NULL, 'x', 'x')`,
    ).run(round.id, id);
    const error = await h.failure('branchRegistry.deleteBranch', { branchId: id });
    expect(error.details).toMatchObject({ reason: 'scored' });
  });

  it('deletes a never-scored branch with its participation, audited', async () => {
    const { id } = await h.call<{ id: string }>('branchRegistry.addBranch', {
      campaignId: h.campaignId,
      townshipId: h.unitId('柳林镇'),
      name: '误录党支部',
      branchType: 'rural',
    });
    await h.call('branchRegistry.deleteBranch', { branchId: id, reason: '录入错误' });
    expect(h.row('SELECT id FROM org_units WHERE id = ?', id)).toBeUndefined();
    expect(h.row('SELECT 1 FROM campaign_branches WHERE branch_id = ?', id)).toBeUndefined();
    const last = h.auditOf(id).at(-1)!;
    expect(last).toMatchObject({ action: 'delete', after: null, reason: '录入错误' });
    expect(JSON.parse(last.before!)).toMatchObject({
      name: '误录党支部',
      campaigns: [h.campaignId],
    });
  });
});

describe('participation', () => {
  it('lets a never-scored branch leave and join again, audited both ways', async () => {
    const id = h.unscoredBranch();
    const left = await h.call<{ changed: number }>('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [id],
      takesPart: false,
    });
    expect(left.changed).toBe(1);
    expect(await campaignTreeIds()).not.toContain(id);
    await h.call('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [id],
      takesPart: true,
    });
    expect(await campaignTreeIds()).toContain(id);
    expect(h.auditOf(id).map((e) => [e.action, json(e.after).takesPart])).toEqual([
      ['leave', false],
      ['join', true],
    ]);
  });

  it('refuses leaving with sheets, all or nothing', async () => {
    const free = h.unscoredBranch();
    const scored = h.scoredBranch();
    const members = count(h.services, 'campaign_branches');
    const error = await h.failure('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [free, scored],
      takesPart: false,
    });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'hasSheets' } });
    // The free branch listed first did not leave either.
    expect(count(h.services, 'campaign_branches')).toBe(members);
    expect(h.auditOf(free)).toEqual([]);
  });

  it('refuses an archived branch joining', async () => {
    const id = h.unscoredBranch();
    await h.call('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [id],
      takesPart: false,
    });
    await h.call('branchRegistry.archiveBranch', { branchId: id });
    const error = await h.failure('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [id],
      takesPart: true,
    });
    expect(error.details).toMatchObject({ reason: 'archived' });
  });
});

describe('participation with an unknown branch', () => {
  it('changes nothing when one listed branch does not exist', async () => {
    const free = h.unscoredBranch();
    const error = await h.failure('branchRegistry.setParticipation', {
      campaignId: h.campaignId,
      branchIds: [free, '00000000-0000-4000-8000-0000000ff0ff'],
      takesPart: false,
    });
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect(h.row('SELECT 1 AS x FROM campaign_branches WHERE branch_id = ?', free)).toEqual({
      x: 1,
    });
    expect(h.auditOf(free)).toEqual([]);
  });
});
