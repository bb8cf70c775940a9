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
