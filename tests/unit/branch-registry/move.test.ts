import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { json, openHarness } from './harness';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.close());

describe('moving branches', () => {
  it('moves a scored branch with all its sheets and scores attached', async () => {
    const id = h.scoredBranch();
    const target = h.unitId('王店乡');
    const sheets = h.rows(
      'SELECT id, status, version FROM score_sheets WHERE branch_id = ? ORDER BY id',
      id,
    );
    const scores = h.row<{ n: number }>(
      'SELECT count(*) AS n FROM scores JOIN score_sheets s ON s.id = sheet_id WHERE s.branch_id = ?',
      id,
    ).n;
    expect(sheets.length).toBeGreaterThan(0);
    await h.call('branchRegistry.moveBranch', { branchId: id, townshipId: target });
    expect(
      h.row<{ parent_id: string }>('SELECT parent_id FROM org_units WHERE id = ?', id).parent_id,
    ).toBe(target);
    expect(
      h.rows('SELECT id, status, version FROM score_sheets WHERE branch_id = ? ORDER BY id', id),
    ).toEqual(sheets);
    expect(
      h.row<{ n: number }>(
        'SELECT count(*) AS n FROM scores JOIN score_sheets s ON s.id = sheet_id WHERE s.branch_id = ?',
        id,
      ).n,
    ).toBe(scores);
    const [entry] = h.auditOf(id).filter((e) => e.action === 'move');
    expect(JSON.parse(entry!.after!)).toMatchObject({ townshipId: target });
    expect(json(entry!.before).townshipId).not.toBe(target);
  });

  it('refuses a move that would make an assignment an unconfirmed conflict of interest', async () => {
    const target = h.unitId('王店乡');
    // An assignment of a branch outside 王店乡 to an evaluator, who then joins 王店乡's office.
    const a = h.row<{ round_id: string; evaluator_id: string; branch_id: string }>(
      `SELECT a.round_id, a.evaluator_id, a.branch_id FROM assignments a
         JOIN org_units b ON b.id = a.branch_id
        WHERE b.parent_id != ? AND a.conflict IS NULL LIMIT 1`,
      target,
    );
    h.services.ctx.db
      .prepare('UPDATE evaluators SET unit_id = ? WHERE id = ?')
      .run(target, a.evaluator_id);
    const parentBefore = h.row<{ parent_id: string }>(
      'SELECT parent_id FROM org_units WHERE id = ?',
      a.branch_id,
    ).parent_id;

    const error = await h.failure('branchRegistry.moveBranch', {
      branchId: a.branch_id,
      townshipId: target,
    });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'moveMakesConflict' } });
    expect(
      h.row<{ parent_id: string }>('SELECT parent_id FROM org_units WHERE id = ?', a.branch_id)
        .parent_id,
    ).toBe(parentBefore);
    expect(h.auditOf(a.branch_id).filter((e) => e.action === 'move')).toEqual([]);

    // Once the assignment is gone, the same move goes through.
    h.services.ctx.db
      .prepare('DELETE FROM assignments WHERE evaluator_id = ? AND branch_id = ?')
      .run(a.evaluator_id, a.branch_id);
    await h.call('branchRegistry.moveBranch', { branchId: a.branch_id, townshipId: target });
  });

  it('refuses a move into a township with the same name, or into another county', async () => {
    const id = h.unscoredBranch();
    const name = h.row<{ name: string }>('SELECT name FROM org_units WHERE id = ?', id).name;
    const target = h.unitId('王店乡');
    const from = h.row<{ parent_id: string }>(
      'SELECT parent_id FROM org_units WHERE id = ?',
      id,
    ).parent_id;
    const other = from === target ? h.unitId('柳林镇') : target;
    await h.call('branchRegistry.addBranch', {
      campaignId: h.campaignId,
      townshipId: other,
      name,
      branchType: 'rural',
    });
    const dup = await h.failure('branchRegistry.moveBranch', { branchId: id, townshipId: other });
    expect(dup.details).toMatchObject({ reason: 'duplicateName' });

    const db = h.services.ctx.db;
    db.prepare(
      `INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES
         ('00000000-0000-4000-8000-00000000c001', NULL, 'county', '外县', 'x'),
         ('00000000-0000-4000-8000-00000000c002', '00000000-0000-4000-8000-00000000c001', 'township', '外乡', 'x')`,
    ).run();
    const far = await h.failure('branchRegistry.moveBranch', {
      branchId: id,
      townshipId: '00000000-0000-4000-8000-00000000c002',
    });
    expect(far.details).toMatchObject({ reason: 'otherCounty' });
    expect(
      h.row<{ parent_id: string }>('SELECT parent_id FROM org_units WHERE id = ?', id).parent_id,
    ).toBe(from);
  });
});
