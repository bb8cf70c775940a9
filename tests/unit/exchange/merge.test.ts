import { describe, expect, it } from 'vitest';
import type { SheetView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import {
  importPackage,
  listConflicts,
  previewPackage,
  resolveConflict,
  writePackage,
} from '../../../electron/services/exchange';
import { qingshanCampaign, scoreSheet, setUpQingshan } from '../county/qingshan';
import { call, sequentialIds } from '../support';
import { laptopsPerTest } from './laptops';
import { travellingTables } from './tables-dump';

const laptops = laptopsPerTest();

/** The county's laptop: 青山县 set up from an empty database, with its campaign. */
async function countyLaptop() {
  const county = laptop('qingshan', '王芳', sequentialIds());
  const q = await setUpQingshan(county);
  return { county, q, c: await qingshanCampaign(county, q) };
}

const { laptop } = laptops;

let packages = 0;
async function send(from: AppServices, to: AppServices) {
  const file = laptops.path(`p${++packages}.xpsync`);
  await writePackage(from.ctx, { kind: 'all' }, file);
  return importPackage(to.ctx, file);
}

describe('two laptops exchanging packages', () => {
  it('brings an empty laptop to the same data, and importing the same package again changes nothing', async () => {
    const { county, c } = await countyLaptop();
    const township = laptop('yunxi', '李娜');
    const first = await send(county, township);
    expect(first.counts.new).toBeGreaterThan(10);
    expect(first.counts.conflicting).toBe(0);
    expect(travellingTables(township.ctx.db)).toEqual(travellingTables(county.ctx.db));
    const campaigns = await call<{ id: string }[]>(township, 'campaigns.list', {});
    expect(campaigns.map((k) => k.id)).toContain(c.campaignId);

    const file = laptops.path('again.xpsync');
    await writePackage(county.ctx, { kind: 'all' }, file);
    const again = await importPackage(township.ctx, file);
    expect(again.added).toBe(0);
    expect(again.counts.new + again.counts.updated).toBe(0);
    expect(travellingTables(township.ctx.db)).toEqual(travellingTables(county.ctx.db));
  });

  it('shows the same score changed apart on both laptops as one conflict, settled by a choice that travels', async () => {
    const { county, q, c } = await countyLaptop();
    const branchId = Object.values(q.branches)[0]!;
    const sheet = await call<SheetView>(county, 'sheets.open', {
      roundId: c.rounds.township,
      branchId,
      evaluatorId: c.evaluators.township,
    });
    const item = c.items.find((i) => i.type === 'points' && i.max >= 2 * (i.step ?? 1))!;
    const step = item.step ?? 1;
    // Three values on the item's step: the first entry, the county's and the township's.
    const [first, mine, theirs] = [item.max, item.max - step, item.max - 2 * step];
    const saved = await call<SheetView>(county, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: item.code, value: { points: first } }],
    });
    const township = laptop('shimen', '陈刚');
    await send(county, township);

    // Apart: the county and the township set different values on the same item of the same sheet.
    await call(county, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: saved.version,
      entries: [{ item: item.code, value: { points: mine } }],
    });
    const there = await call<SheetView>(township, 'sheets.get', { sheetId: sheet.id });
    await call(township, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: there.version,
      entries: [{ item: item.code, value: { points: theirs } }],
    });

    const preview = await previewPackageFrom(township, county);
    expect(preview.counts.conflicting).toBeGreaterThan(0);
    expect(listConflicts(county.ctx)).toEqual([]); // a preview keeps nothing
    await send(township, county);
    await send(county, township);
    const here = listConflicts(county.ctx);
    const points = here.filter(
      (conflict) => conflict.tbl === 'scores' && conflict.col === 'points',
    );
    expect(points).toHaveLength(1);
    expect(points[0]!.branch).toBeTruthy();
    expect(points[0]!.sides.map((side) => side.value).sort()).toEqual(
      [String(mine), String(theirs)].sort(),
    );
    expect(listConflicts(township.ctx)).toEqual(here);
    expect(travellingTables(township.ctx.db)).toEqual(travellingTables(county.ctx.db));
    // The sheet marks the item 待裁定 on both laptops, beside the value it shows.
    for (const services of [county, township]) {
      const shown = await call<SheetView>(services, 'sheets.get', { sheetId: sheet.id });
      expect(shown.disputed).toEqual([item.code]);
    }

    // The county chooses its own value; the choice travels and settles the township's too.
    const chosen = points[0]!.sides.find((side) => side.value === String(mine))!;
    resolveConflict(county.ctx, {
      tbl: 'scores',
      rowKey: points[0]!.rowKey,
      col: 'points',
      op: chosen.op,
    });
    expect(listConflicts(county.ctx).filter((x) => x.col === 'points')).toEqual([]);
    await send(county, township);
    expect(listConflicts(township.ctx).filter((x) => x.col === 'points')).toEqual([]);
    const settled = await call<SheetView>(township, 'sheets.get', { sheetId: sheet.id });
    expect(settled.disputed).toEqual([]);
    expect(settled.entries[item.code]?.value).toEqual({ points: mine });
    expect(travellingTables(township.ctx.db)).toEqual(travellingTables(county.ctx.db));
  });
  it('sends a township only the county-wide frame and its own branches, and merges its scoring back', async () => {
    const { county, q, c } = await countyLaptop();
    const yunxi = q.townships['云溪镇']!;
    const file = laptops.path('yunxi.xpsync');
    await writePackage(county.ctx, { kind: 'township', townshipId: yunxi }, file);
    const township = laptop('yunxi', '李娜');
    const received = await importPackage(township.ctx, file);
    expect(received.scope).toBe('township');
    const units = township.ctx.db
      .prepare("SELECT name FROM org_units WHERE kind = 'branch' ORDER BY name")
      .all() as { name: string }[];
    // 云溪镇's villages and community, none of 石门乡's or 城南街道's.
    expect(units.map((u) => u.name)).toEqual(['云溪社区', '桃源村', '石门村'].sort());
    const campaigns = await call<{ id: string }[]>(township, 'campaigns.list', {});
    expect(campaigns.map((k) => k.id)).toEqual([c.campaignId]);

    const scored = await scoreSheet(township, c, {
      roundId: c.rounds.township,
      branchId: q.branches['桃源村']!,
      evaluatorId: c.evaluators.township,
    });
    const back = await send(township, county);
    expect(back.counts.conflicting).toBe(0);
    expect(back.counts.refused).toBe(0);
    const atCounty = await call<SheetView>(county, 'sheets.get', { sheetId: scored.id });
    expect(atCounty.status).toBe('submitted');
    expect(atCounty.entries).toEqual(scored.entries);
  });
  it('makes one sheet of the same sheet opened apart on two laptops, its differing scores 待裁定', async () => {
    const { county, q, c } = await countyLaptop();
    const township = laptop('shimen', '陈刚');
    await send(county, township);
    // Neither laptop had the sheet when they parted: each opens and scores it.
    const where = {
      roundId: c.rounds.township,
      branchId: q.branches['上坝村']!,
      evaluatorId: c.evaluators.township,
    };
    const item = c.items.find((i) => i.type === 'points' && i.max >= 2 * (i.step ?? 1))!;
    const step = item.step ?? 1;
    const opened: SheetView[] = [];
    for (const [services, points] of [
      [county, item.max - step],
      [township, item.max - 2 * step],
    ] as const) {
      const sheet = await call<SheetView>(services, 'sheets.open', where);
      await call(services, 'scores.save', {
        sheetId: sheet.id,
        expectedVersion: sheet.version,
        entries: [{ item: item.code, value: { points } }],
      });
      opened.push(sheet);
    }
    expect(opened[0]!.id).toBe(opened[1]!.id);
    const merged = await send(township, county);
    expect(merged.counts.refused).toBe(0);
    const sheets = county.ctx.db
      .prepare('SELECT count(*) AS n FROM score_sheets WHERE round_id = ? AND branch_id = ?')
      .get(where.roundId, where.branchId) as { n: number };
    expect(sheets.n).toBe(1);
    const points = listConflicts(county.ctx).filter(
      (x) => x.tbl === 'scores' && x.col === 'points',
    );
    expect(points).toHaveLength(1);
    expect(points[0]!.branch).toBe('上坝村');
  });

  it('makes one resolution of a veto resolved apart on two laptops, its differing reasons 待裁定', async () => {
    const { county, q, c } = await countyLaptop();
    const veto = c.items.find((i) => i.type === 'veto')!;
    const where = {
      roundId: c.rounds.township,
      branchId: q.branches['下坝村']!,
      evaluatorId: c.evaluators.township,
    };
    const sheet = await call<SheetView>(county, 'sheets.open', where);
    await call(county, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: veto.code, value: { triggered: true, reason: '村务公开不及时' } }],
    });
    const township = laptop('shimen', '陈刚');
    await send(county, township);
    // Apart, each laptop resolves the raised veto, with its own reason.
    for (const [services, reason] of [
      [county, '已整改,县委组织部复核'],
      [township, '已整改,石门乡党委核实'],
    ] as const) {
      await call(services, 'vetoes.resolve', {
        roundId: where.roundId,
        branchId: where.branchId,
        itemCode: veto.code,
        reason,
      });
    }
    const merged = await send(township, county);
    expect(merged.counts.refused).toBe(0);
    const resolutions = county.ctx.db
      .prepare('SELECT count(*) FROM veto_resolutions WHERE round_id = ? AND branch_id = ?')
      .pluck()
      .get(where.roundId, where.branchId);
    expect(resolutions).toBe(1);
    const reasons = listConflicts(county.ctx).filter(
      (x) => x.tbl === 'veto_resolutions' && x.col === 'reason',
    );
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.branch).toBe('下坝村');
  });
});

async function previewPackageFrom(from: AppServices, to: AppServices) {
  const file = laptops.path(`preview${++packages}.xpsync`);
  await writePackage(from.ctx, { kind: 'all' }, file);
  return previewPackage(to.ctx, file);
}
