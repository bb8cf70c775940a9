import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileRubric, computeResults, sheetFromEntries } from '../../../shared/scoring';
import { loadRoundInputs } from '../../../electron/services/ranking/load-inputs';
import { packSheet, readSheetRows, unpackSheet } from '../../../electron/services/ranking/pack';
import { computeRanking } from '../../../electron/services/ranking/service';
import type { AppServices } from '../../../electron/services/app';
import { demoCampaign, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'pack.sqlite'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function demo() {
  const { campaign, rubric } = demoCampaign(services);
  const round = services.ctx.db
    .prepare('SELECT id FROM rounds WHERE campaign_id = ?')
    .get(campaign.id) as {
    id: string;
  };
  return { campaign, rubric, roundId: round.id };
}

function packedCount(): number {
  return (
    services.ctx.db
      .prepare('SELECT count(*) AS n FROM score_sheets WHERE packed IS NOT NULL')
      .get() as { n: number }
  ).n;
}

describe('packed sheets', () => {
  it('round-trips a sheet exactly, MISSING entries included', () => {
    const { rubric } = demo();
    const sheet = sheetFromEntries(rubric, { 'S1.1.1': { points: 850 }, 'S4.3.4': { fact: 1 } });
    const back = unpackSheet(packSheet(sheet), rubric.items.length)!;
    expect([...back.points]).toEqual([...sheet.points]);
    expect([...back.facts]).toEqual([...sheet.facts]);
    expect(unpackSheet(new Uint8Array(12), rubric.items.length)).toBeNull();
  });

  it('reads a pack that does not start on a 4-byte boundary (decoded, not viewed)', () => {
    const { rubric } = demo();
    const sheet = sheetFromEntries(rubric, { 'S1.1.1': { points: 850 }, 'S4.3.4': { fact: 1 } });
    const packed = packSheet(sheet);
    const shifted = new Uint8Array(packed.byteLength + 1);
    shifted.set(packed, 1);
    const back = unpackSheet(shifted.subarray(1), rubric.items.length)!;
    expect([...back.points]).toEqual([...sheet.points]);
    expect([...back.facts]).toEqual([...sheet.facts]);
  });

  it('the demo is packed when created, and packs agree with the score rows', () => {
    const { rubric, campaign, roundId } = demo();
    const sheets = services.ctx.db.prepare('SELECT id, packed FROM score_sheets').all() as {
      id: string;
      packed: Uint8Array;
    }[];
    expect(packedCount()).toBe(sheets.length);
    for (const { id, packed } of sheets.slice(0, 10)) {
      expect([...unpackSheet(packed, rubric.items.length)!.points]).toEqual([
        ...readSheetRows(services.ctx.db, id, rubric).points,
      ]);
    }
    // Reading from packs and from rows gives the same ranking.
    const fromPacks = computeResults(
      rubric,
      loadRoundInputs(services.ctx.db, campaign.id, roundId, rubric),
    );
    const rowsOnly = compileRubric(rubric.definition, null);
    expect(
      computeResults(rowsOnly, loadRoundInputs(services.ctx.db, campaign.id, roundId, rowsOnly)),
    ).toEqual(fromPacks);
  });

  it('any write to a score clears its sheet pack (trigger), and the next ranking repacks it', () => {
    const { campaign } = demo();
    const before = packedCount();
    services.ctx.db.prepare("UPDATE scores SET points = 0 WHERE item_code = 'S1.1.1'").run();
    expect(packedCount()).toBeLessThan(before);
    computeRanking(services.ctx, { campaignId: campaign.id });
    // Drafts are not read by the ranking, so only submitted sheets are repacked.
    const submitted = (
      services.ctx.db
        .prepare(
          "SELECT count(*) AS n FROM score_sheets WHERE status = 'submitted' AND packed IS NULL",
        )
        .get() as { n: number }
    ).n;
    expect(submitted).toBe(0);
  });

  it('a branch with packed and unpacked sheets, drafts among them, ranks as from rows alone', () => {
    const { rubric, campaign, roundId } = demo();
    const db = services.ctx.db;
    db.prepare('UPDATE score_sheets SET packed = NULL WHERE rowid % 2 = 0').run();
    const unpacked = db
      .prepare(
        "SELECT id FROM score_sheets WHERE packed IS NULL AND status = 'submitted' AND round_id = ?",
      )
      .pluck()
      .all(roundId) as string[];
    const mixed = db
      .prepare(
        `SELECT count(*) FROM (SELECT branch_id FROM score_sheets WHERE round_id = ?
          GROUP BY branch_id HAVING count(packed) > 0 AND count(packed) < count(*))`,
      )
      .pluck()
      .get(roundId) as number;
    expect(unpacked.length).toBeGreaterThan(0);
    expect(mixed).toBeGreaterThan(0);
    expect(db.prepare("SELECT count(*) FROM score_sheets WHERE status = 'draft'").pluck().get())
      .toBeGreaterThan(0);

    const stale: string[] = [];
    const fromBoth = computeResults(
      rubric,
      loadRoundInputs(db, campaign.id, roundId, rubric, undefined, undefined, stale),
    );
    expect(stale.sort()).toEqual(unpacked.sort());
    const rowsOnly = compileRubric(rubric.definition, null);
    expect(computeResults(rowsOnly, loadRoundInputs(db, campaign.id, roundId, rowsOnly))).toEqual(
      fromBoth,
    );
  });

  it('ignores a pack made for another rubric version and reads the rows', () => {
    const { rubric, campaign, roundId } = demo();
    services.ctx.db.prepare("UPDATE score_sheets SET packed_rubric = 'other-version'").run();
    const stale: string[] = [];
    const inputs = loadRoundInputs(
      services.ctx.db,
      campaign.id,
      roundId,
      rubric,
      undefined,
      undefined,
      stale,
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(inputs.some((i) => i.sheets.length > 0)).toBe(true);
  });
});
