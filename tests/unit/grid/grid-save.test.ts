import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { SheetView } from '../../../shared/domain/views';
import type { GridSaveResult, GridView } from '../../../shared/domain/views/grid';
import type { Result } from '../../../shared/result';
import { addSelfRound, count, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let roundId: string;
/** A self round added to the demo: the self-assessment grid lives there. */
let selfRoundId: string;
let campaignId: string;
/** The demo's own scores (its county review), before each test writes. */
let initial: string;

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'grid.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  roundId = (
    services.ctx.db.prepare('SELECT id FROM rounds WHERE campaign_id = ?').get(campaignId) as {
      id: string;
    }
  ).id;
  selfRoundId = await addSelfRound(services, campaignId);
  initial = scores();
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  return (await services.registry.call(method, input)) as Result<T>;
}

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

function scores(): string {
  return JSON.stringify(
    services.ctx.db.prepare('SELECT * FROM scores ORDER BY sheet_id, item_code').all(),
  );
}

function pointsItems(grid: GridView): RubricItem[] {
  return grid.items.filter((i) => i.type === 'points');
}

async function selfGrid(): Promise<GridView> {
  return ok<GridView>('grid.load', { roundId: selfRoundId, evaluatorId: null });
}

describe('grid.load', () => {
  it('lists every campaign branch for the self-assessment, with the rubric items as columns', async () => {
    const grid = await selfGrid();
    const branches = count(services, 'campaign_branches');
    expect(grid.rows).toHaveLength(branches);
    expect(grid.items.length).toBeGreaterThan(50);
    expect(grid.rows.every((r) => r.status === 'none' && r.sheetId === null)).toBe(true);
  });

  it("lists only the evaluator's assigned branches", async () => {
    // The demo assigns its evaluators their scored branches; start from none.
    services.ctx.db.prepare('DELETE FROM assignments').run();
    const evaluatorId = (
      services.ctx.db.prepare('SELECT evaluator_id AS id FROM campaign_evaluators').get() as {
        id: string;
      }
    ).id;
    expect((await ok<GridView>('grid.load', { roundId, evaluatorId })).rows).toHaveLength(0);
    const township = (await selfGrid()).rows[0]!.townshipId;
    await ok('assignments.assignTownship', {
      roundId,
      evaluatorId,
      townshipId: township,
      conflictReason: 'checked by the office',
    });
    const grid = await ok<GridView>('grid.load', { roundId, evaluatorId });
    expect(grid.rows.length).toBeGreaterThan(0);
    expect(grid.rows.every((r) => r.townshipId === township)).toBe(true);
  });
});

describe('grid.save', () => {
  it('stores a valid block through the score sheet save, audited, and reports each cell', async () => {
    const grid = await selfGrid();
    const [a, b] = pointsItems(grid);
    const [r1, r2] = grid.rows;
    const auditBefore = count(services, 'audit_log');
    const result = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [
        { branchId: r1!.branchId, item: a!.code, value: { points: 850 } },
        { branchId: r1!.branchId, item: b!.code, value: { points: 300 } },
        { branchId: r2!.branchId, item: a!.code, value: { points: 0 } },
      ],
    });
    expect(result.conflict).toBe(false);
    expect(result.cells.map((c) => c.status)).toEqual(['saved', 'saved', 'saved']);
    expect(result.rows.map((r) => r.values[a!.code])).toEqual([{ points: 850 }, { points: 0 }]);
    const sheet = await ok<SheetView>('sheets.get', { sheetId: result.rows[0]!.sheetId });
    expect(sheet.entries[b!.code]?.points).toBe(300);
    // Two sheets opened, three scores: each is one audit row, as on the score sheet.
    expect(count(services, 'audit_log') - auditBefore).toBe(5);
    const audited = services.ctx.db
      .prepare("SELECT after FROM audit_log WHERE action = 'score' ORDER BY seq DESC LIMIT 1")
      .get() as { after: string };
    expect(JSON.parse(audited.after)).toMatchObject({ item: a!.code, value: { points: 0 } });
  });

  it('refuses an invalid cell with its rule code and stores the valid ones', async () => {
    const grid = await selfGrid();
    const [a, b] = pointsItems(grid);
    const veto = grid.items.find((i) => i.type === 'veto')!;
    const row = grid.rows[0]!;
    const result = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [
        { branchId: row.branchId, item: a!.code, value: { points: a!.max + 100 } },
        { branchId: row.branchId, item: b!.code, value: { points: 25 } },
        { branchId: row.branchId, item: veto.code, value: { triggered: false } },
        { branchId: row.branchId, item: grid.items[2]!.code, value: { points: 100 } },
      ],
    });
    expect(result.cells).toEqual([
      {
        branchId: row.branchId,
        item: a!.code,
        status: 'invalid',
        problem: 'above-max',
        max: a!.max / 100,
      },
      {
        branchId: row.branchId,
        item: b!.code,
        status: 'invalid',
        problem: 'not-on-step',
        step: 0.5,
      },
      { branchId: row.branchId, item: veto.code, status: 'invalid', problem: 'read-only' },
      {
        branchId: row.branchId,
        item: grid.items[2]!.code,
        status: 'invalid',
        problem: 'wrong-kind',
      },
    ]);
    expect(scores()).toBe(initial);

    const mixed = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [
        { branchId: row.branchId, item: a!.code, value: { points: a!.max + 100 } },
        { branchId: row.branchId, item: b!.code, value: { points: 450 } },
      ],
    });
    expect(mixed.cells.map((c) => c.status)).toEqual(['invalid', 'saved']);
    expect(mixed.rows[0]!.values).toEqual({ [b!.code]: { points: 450 } });
  });

  it('stores nothing of the block when any sheet is stale, and says which', async () => {
    const grid = await selfGrid();
    const [a] = pointsItems(grid);
    const [r1, r2] = grid.rows;
    const first = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [{ branchId: r2!.branchId, item: a!.code, value: { points: 100 } }],
    });
    const sheet = first.rows[0]!;
    // Another window saves the same sheet: the version this window holds is now stale.
    await ok('scores.save', {
      sheetId: sheet.sheetId,
      expectedVersion: sheet.version,
      entries: [{ item: a!.code, value: { points: 200 } }],
    });
    const before = scores();
    const audits = count(services, 'audit_log');
    const sheets = count(services, 'score_sheets');
    const result = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: { [sheet.sheetId!]: sheet.version },
      cells: [
        { branchId: r1!.branchId, item: a!.code, value: { points: 900 } },
        { branchId: r2!.branchId, item: a!.code, value: { points: 300 } },
      ],
    });
    expect(result.conflict).toBe(true);
    expect(result.conflictBranchId).toBe(r2!.branchId);
    expect(result.cells.map((c) => c.status)).toEqual(['conflict', 'conflict']);
    expect(scores()).toBe(before);
    expect(count(services, 'audit_log')).toBe(audits);
    // Even the sheet opened for the first branch was rolled back.
    expect(count(services, 'score_sheets')).toBe(sheets);
  });

  it('treats a sheet created elsewhere since loading as stale', async () => {
    const grid = await selfGrid();
    const [a] = pointsItems(grid);
    const row = grid.rows[0]!;
    await ok('sheets.open', { roundId: selfRoundId, branchId: row.branchId, evaluatorId: null });
    const result = await ok<GridSaveResult>('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [{ branchId: row.branchId, item: a!.code, value: { points: 100 } }],
    });
    expect(result.conflict).toBe(true);
    expect(scores()).toBe(initial);
  });

  it('refuses cells of a submitted sheet and still stores the other rows', async () => {
    const submitted = services.ctx.db
      .prepare(
        `SELECT s.id, s.branch_id, s.version, s.evaluator_id FROM score_sheets s
          WHERE s.status = 'submitted' AND s.round_id = ? LIMIT 1`,
      )
      .get(roundId) as { id: string; branch_id: string; version: number; evaluator_id: string };
    await ok('assignments.assignTownship', {
      roundId,
      evaluatorId: submitted.evaluator_id,
      townshipId: (
        services.ctx.db
          .prepare('SELECT parent_id AS id FROM org_units WHERE id = ?')
          .get(submitted.branch_id) as { id: string }
      ).id,
      conflictReason: 'checked by the office',
    });
    const grid = await ok<GridView>('grid.load', { roundId, evaluatorId: submitted.evaluator_id });
    const locked = grid.rows.find((r) => r.branchId === submitted.branch_id)!;
    expect(locked.status).toBe('submitted');
    const other = grid.rows.find((r) => r.status === 'none')!;
    const [a] = pointsItems(grid);
    const before = JSON.stringify(locked.values);
    const result = await ok<GridSaveResult>('grid.save', {
      roundId,
      evaluatorId: submitted.evaluator_id,
      versions: { [submitted.id]: submitted.version },
      cells: [
        { branchId: locked.branchId, item: a!.code, value: { points: 0 } },
        { branchId: other.branchId, item: a!.code, value: { points: 100 } },
      ],
    });
    expect(result.conflict).toBe(false);
    expect(result.cells.map((c) => c.status)).toEqual(['locked', 'saved']);
    const after = await ok<GridView>('grid.load', { roundId, evaluatorId: submitted.evaluator_id });
    expect(JSON.stringify(after.rows.find((r) => r.branchId === locked.branchId)!.values)).toBe(
      before,
    );
  });

  it("refuses a branch outside the evaluator's assignments and rejects malformed input", async () => {
    services.ctx.db.prepare('DELETE FROM assignments').run();
    const evaluatorId = (
      services.ctx.db.prepare('SELECT evaluator_id AS id FROM campaign_evaluators').get() as {
        id: string;
      }
    ).id;
    const grid = await selfGrid();
    const result = await ok<GridSaveResult>('grid.save', {
      roundId,
      evaluatorId,
      versions: {},
      cells: [
        { branchId: grid.rows[0]!.branchId, item: grid.items[0]!.code, value: { points: 0 } },
      ],
    });
    expect(result.cells[0]).toMatchObject({ status: 'invalid', problem: 'not-assigned' });
    const bad = await call('grid.save', {
      roundId: selfRoundId,
      evaluatorId: null,
      versions: {},
      cells: [{ branchId: grid.rows[0]!.branchId, item: 'x', value: { points: -1 } }],
    });
    expect(bad.ok).toBe(false);
    expect(scores()).toBe(initial);
  });
});
