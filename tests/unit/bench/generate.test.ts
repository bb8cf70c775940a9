import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import { loadDemoRubric } from '../../../electron/services/demo/service';
import type { Store } from '../../../electron/store/open';
import { openStore } from '../../../electron/store/open';
import type { DatasetSpec } from '../../../scripts/bench/datasets';
import { COUNTY, datasetFileName } from '../../../scripts/bench/datasets';
import { measureRoundFloor } from '../../../scripts/bench/floor';
import { generateDataset } from '../../../scripts/bench/generate';
import { tempDir } from '../support';

const TINY: DatasetSpec = { ...COUNTY, name: 'tiny', townships: 2, branches: 5, evaluators: 3 };
const rubric = loadDemoRubric();
const items = listItems(rubric);
const itemByCode = new Map(items.map((item) => [item.code, item]));

let tmp: ReturnType<typeof tempDir>;
const open: Store[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  tmp.cleanup();
});

function fresh(name: string): Store {
  const db = openStore(join(tmp.dir, `${name}.sqlite`));
  open.push(db);
  return db;
}

function count(db: Store, sql: string): number {
  return (db.prepare(sql).raw(true).get() as [number])[0];
}

interface ScoreRow {
  item_code: string;
  points: number;
  fact: number | null;
  input: string | null;
}

/** Why a stored score breaks its item's rule, or null when it obeys it. */
function ruleBroken(item: RubricItem, row: ScoreRow): string | null {
  const input = row.input === null ? null : (JSON.parse(row.input) as Record<string, unknown>);
  if (row.points < 0 || row.points > item.max) return 'outside 0…max';
  switch (item.type) {
    case 'points':
    case 'bonus':
      return row.points % (item.step ?? 50) === 0 ? null : 'not a multiple of the step';
    case 'deduction': {
      const findings = Number(input?.findings);
      const expected = Math.max(0, item.max - findings * (item.perFinding ?? 100));
      return row.points === expected ? null : 'points disagree with the findings';
    }
    case 'choice': {
      const option = item.options?.find((o) => o.key === input?.option);
      return option?.points === row.points ? null : 'points disagree with the option';
    }
    case 'check':
      return row.points === (input?.met === true ? item.max : 0) ? null : 'check not 0 or max';
    case 'veto':
      return row.points === 0 && (row.fact === 1) === (input?.triggered === true)
        ? null
        : 'veto fact disagrees with the entry';
    case 'gate':
      return row.fact === null ? 'gate without a recorded fact' : null;
  }
}

describe('bench dataset generator', () => {
  it('writes every item of every sheet, all submitted, into the real schema', () => {
    const db = fresh('tiny');
    const info = generateDataset(db, TINY, rubric);
    expect(info).toMatchObject({ branches: 5, sheets: 15, scores: 15 * items.length });
    expect(count(db, "SELECT count(*) FROM org_units WHERE kind = 'branch'")).toBe(5);
    expect(
      count(db, "SELECT count(*) FROM org_units WHERE kind <> 'branch' AND parent_id IS NOT NULL"),
    ).toBe(2);
    expect(count(db, 'SELECT count(*) FROM campaign_branches')).toBe(5);
    expect(count(db, 'SELECT count(*) FROM campaign_evaluators')).toBe(3);
    expect(count(db, "SELECT count(*) FROM score_sheets WHERE status = 'submitted'")).toBe(15);
    expect(count(db, 'SELECT count(*) FROM score_sheets')).toBe(15);
    expect(count(db, 'SELECT count(*) FROM scores')).toBe(15 * items.length);
    expect(count(db, 'SELECT count(DISTINCT item_code) FROM scores')).toBe(items.length);
    // What the floor reads is exactly the round's rows.
    expect(measureRoundFloor(db, info.roundId, 1).rows).toBe(info.scores);
  });

  it('gives every score a value its item allows', () => {
    const db = fresh('rules');
    generateDataset(db, TINY, rubric);
    const rows = db
      .prepare('SELECT item_code, points, fact, input FROM scores')
      .all() as ScoreRow[];
    const broken = rows
      .map((row) => {
        const item = itemByCode.get(row.item_code);
        const why = item ? ruleBroken(item, row) : 'unknown item';
        return why && `${row.item_code}=${row.points}/${row.fact}: ${why}`;
      })
      .filter((why) => why !== null);
    expect(broken).toEqual([]);
    // Points vary: the data is not one constant sheet copied around.
    expect(count(db, 'SELECT count(DISTINCT points) FROM scores')).toBeGreaterThan(5);
  });

  it('raises vetoes at the configured rate', () => {
    const always = fresh('always');
    generateDataset(always, { ...TINY, starVetoRate: 1, ratingVetoRate: 1 }, rubric);
    const never = fresh('never');
    generateDataset(never, { ...TINY, starVetoRate: 0, ratingVetoRate: 0 }, rubric);
    const vetoes = items.filter((i) => i.type === 'veto').length;
    const raised =
      'SELECT count(*) FROM scores WHERE fact = 1 AND item_code IN (SELECT value FROM json_each(?))';
    const codes = JSON.stringify(items.filter((i) => i.type === 'veto').map((i) => i.code));
    const countRaised = (db: Store): number =>
      (db.prepare(raised).raw(true).get(codes) as [number])[0];
    expect(countRaised(always)).toBe(15 * vetoes);
    expect(countRaised(never)).toBe(0);
  });

  it('writes the same rows for the same seed and different ones for another seed', () => {
    const rowsOf = (db: Store): unknown[] =>
      db
        .prepare('SELECT sheet_id, item_code, points, fact FROM scores ORDER BY 1, 2')
        .raw(true)
        .all();
    const a = fresh('a');
    generateDataset(a, TINY, rubric);
    const b = fresh('b');
    generateDataset(b, TINY, rubric);
    const c = fresh('c');
    generateDataset(c, { ...TINY, seed: TINY.seed + 1 }, rubric);
    expect(rowsOf(b)).toEqual(rowsOf(a));
    expect(rowsOf(c)).not.toEqual(rowsOf(a));
  });

  it('names cached files by dataset, schema version and a hash of everything that shapes them', () => {
    const name = datasetFileName(TINY, 2, rubric);
    expect(name).toMatch(/^tiny-2-[0-9a-f]{12}\.sqlite$/);
    expect(datasetFileName(TINY, 2, rubric)).toBe(name);
    expect(datasetFileName(TINY, 3, rubric)).not.toBe(name);
    expect(datasetFileName({ ...TINY, branches: 6 }, 2, rubric)).not.toBe(name);
    expect(datasetFileName(TINY, 2, { ...rubric, max: rubric.max + 1 })).not.toBe(name);
  });
});
