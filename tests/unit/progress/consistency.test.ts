import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { evaluatorConsistency } from '../../../electron/services/progress/consistency';
import { divideRounded, meanOfFractions } from '../../../electron/services/progress/exact';
import { count, tempDir, testServices } from '../support';
import type { Fixture } from './fixture';
import { buildFixture } from './fixture';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'consistency.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('evaluator consistency', () => {
  it('measures each evaluator against the panel mean, item by item', () => {
    const report = evaluatorConsistency(services.ctx, {
      campaignId: f.campaignId,
      roundId: f.countyRound,
    });
    // Only A has a panel (B's sheets are drafts). Means: P1 800, P2 800, P3 900.
    // Ea: 0, +100, -200 → signed -100/3 = -33.3 → -33, absolute 300/3 = 100.
    // Eb: -200, +100, +100 → 0 and 400/3 = 133.3 → 133.
    // Ec: +200, -200, +100 → 100/3 = 33.3 → 33 and 500/3 = 166.7 → 167.
    expect(report.panelBranches).toBe(1);
    expect(
      report.evaluators.map((e) => [
        e.name,
        e.sheets,
        e.comparedSheets,
        e.comparisons,
        e.meanSigned,
        e.meanAbsolute,
      ]),
    ).toEqual([
      ['Ea', 1, 1, 3, -33, 100],
      ['Eb', 1, 1, 3, 0, 133],
      ['Ec', 1, 1, 3, 33, 167],
    ]);
  });

  it('lists the items with the widest disagreement first', () => {
    const report = evaluatorConsistency(services.ctx, {
      campaignId: f.campaignId,
      roundId: f.countyRound,
    });
    // P1: 800/600/1000, range 400, sd √(80000/3) = 163.3. P2 and P3: range 300, sd √20000 = 141.4;
    // equal, so rubric order decides.
    expect(report.items.map((i) => [i.code, i.name, i.branches, i.meanRange, i.meanSd])).toEqual([
      ['P1', '组织生活', 1, 400, 163],
      ['P2', '制度执行', 1, 300, 141],
      ['P3', '服务群众', 1, 300, 141],
    ]);
  });

  it('is advisory: computing it writes nothing', () => {
    const before = [count(services, 'scores'), count(services, 'audit_log')];
    const sum = services.ctx.db.prepare('SELECT sum(points) AS n FROM scores').get();
    evaluatorConsistency(services.ctx, { campaignId: f.campaignId, roundId: f.countyRound });
    expect([count(services, 'scores'), count(services, 'audit_log')]).toEqual(before);
    expect(services.ctx.db.prepare('SELECT sum(points) AS n FROM scores').get()).toEqual(sum);
  });

  it('has nothing to compare in a round of self-assessments', () => {
    const report = evaluatorConsistency(services.ctx, {
      campaignId: f.campaignId,
      roundId: f.selfRound,
    });
    expect(report).toMatchObject({ panelBranches: 0, items: [] });
    expect(report.evaluators).toEqual([]);
  });
});

describe('exact means', () => {
  it('rounds once, half away from zero', () => {
    expect(divideRounded(1n, 2n)).toBe(1);
    expect(divideRounded(-1n, 2n)).toBe(-1);
    expect(divideRounded(5n, 3n)).toBe(2);
    expect(divideRounded(-4n, 3n)).toBe(-1);
  });

  it('adds fractions over different panel sizes exactly', () => {
    // (3/2 + 2/3) / 1 = 13/6 = 2.17 → 2; (1/2 + 1/3 + 1/6) / 2 = 1/2 → 1 (not 0.49999…).
    expect(
      meanOfFractions(
        new Map([
          [2, 3],
          [3, 2],
        ]),
        1,
      ),
    ).toBe(2);
    expect(
      meanOfFractions(
        new Map([
          [2, 1],
          [3, 1],
          [6, 1],
        ]),
        2,
      ),
    ).toBe(1);
    expect(meanOfFractions(new Map(), 0)).toBeNull();
  });
});
