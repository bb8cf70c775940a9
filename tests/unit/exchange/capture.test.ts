import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { write } from '../../../electron/store/write';
import { FIXED_NOW, tempDir } from '../support';
import { openLaptop } from './laptops';

/**
 * The capture's two paths (docs/exchange.md, "Capture"): a plain insert of a row new to the log
 * is logged in SQL from the trigger's JSON, everything else is folded in JavaScript. One commit
 * mixing both must log exactly the operations the one JavaScript path logged before: one per
 * row, whole rows for first operations, the row's latest operation as its base, ids in the
 * order the rows were first changed.
 */

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
beforeEach(() => {
  tmp = tempDir();
  services = openLaptop(join(tmp.dir, 'laptop'), '王芳');
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

interface Logged {
  op: string;
  tbl: string;
  row_key: string;
  vals: Record<string, unknown> | null;
  bases: string[];
  replica: string;
  actor: string;
}

function log(): Logged[] {
  const rows = services.ctx.db
    .prepare("SELECT * FROM change_log WHERE tbl = 'org_units' ORDER BY op")
    .all() as { op: string; tbl: string; row_key: string; vals: string | null; bases: string }[];
  return rows.map((row) => ({
    ...(row as unknown as Logged),
    vals: row.vals === null ? null : (JSON.parse(row.vals) as Record<string, unknown>),
    bases: JSON.parse(row.bases) as string[],
  }));
}

const unit = (id: string, name: string, parent: string | null = 'C') => ({
  id,
  parent_id: parent,
  kind: parent === null ? 'county' : 'township',
  branch_type: null,
  name,
  sort_order: 0,
  is_demo: 0,
  archived_at: null,
  created_at: FIXED_NOW,
});

function run(sqlText: string, ...params: unknown[]): void {
  services.ctx.db.prepare(sqlText).run(...params);
}

function insert(row: ReturnType<typeof unit>, verb = 'INSERT'): void {
  run(
    `${verb} INTO org_units (id, parent_id, kind, branch_type, name, sort_order, is_demo,
       archived_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ...Object.values(row),
  );
}

/** The travelling columns of org_units as a first operation carries them (later ones null). */
const whole = (row: ReturnType<typeof unit>) => ({ ...row, admin_code: null, department: null });

describe('the change capture', () => {
  it('logs a commit of plain inserts, updates, deletes and key changes as the one path did', () => {
    write(services.ctx, () => {
      insert(unit('C', '青山县', null));
      for (const id of ['L1', 'L2', 'K1']) insert(unit(id, `镇${id}`));
    });
    const before = new Map(log().map((op) => [op.row_key, op]));
    expect(before.size).toBe(4);
    for (const op of before.values()) expect(op.bases).toEqual([]);
    expect(before.get('["L1"]')?.vals).toEqual(whole(unit('L1', '镇L1')));

    write(services.ctx, () => {
      insert(unit('A', '新镇 "A"\n'));
      insert(unit('B', 'B'));
      run("UPDATE org_units SET name = 'B2' WHERE id = 'B'");
      insert(unit('D', 'D'));
      run("DELETE FROM org_units WHERE id = 'D'");
      insert(unit('E', 'E'));
      run("DELETE FROM org_units WHERE id = 'E'");
      insert(unit('E', 'E2'));
      run("UPDATE org_units SET name = '镇L1 改' WHERE id = 'L1'");
      run("DELETE FROM org_units WHERE id = 'L2'");
      insert(unit('L2', '镇L2 again'));
      run("UPDATE org_units SET id = 'K2' WHERE id = 'K1'");
      insert(unit('F', 'F'), 'INSERT OR REPLACE');
      insert(unit('F', 'F2'), 'INSERT OR REPLACE');
      insert(unit('G', 'G'));
    });
    const made = log().filter(
      (op) => !before.has(op.row_key) || op.op !== before.get(op.row_key)?.op,
    );
    const stamp = made[0]!.op.split('/')[0]!;
    expect(made.every((op) => op.op.startsWith(`${stamp}/`))).toBe(true);
    expect(new Set(made.map((op) => op.op)).size).toBe(made.length);
    expect(made.every((op) => /^.+\/\d{8}$/.test(op.op))).toBe(true);
    const base = (key: string) => [before.get(key)!.op];
    // In the order the rows were first changed; each with what the one path wrote.
    expect(
      made.map(({ row_key, vals, bases, actor }) => ({ row_key, vals, bases, actor })),
    ).toEqual([
      { row_key: '["A"]', vals: whole(unit('A', '新镇 "A"\n')), bases: [], actor: '王芳' },
      { row_key: '["B"]', vals: whole(unit('B', 'B2')), bases: [], actor: '王芳' },
      { row_key: '["D"]', vals: null, bases: [], actor: '王芳' },
      { row_key: '["E"]', vals: whole(unit('E', 'E2')), bases: [], actor: '王芳' },
      { row_key: '["L1"]', vals: { name: '镇L1 改' }, bases: base('["L1"]'), actor: '王芳' },
      {
        row_key: '["L2"]',
        vals: whole(unit('L2', '镇L2 again')),
        bases: base('["L2"]'),
        actor: '王芳',
      },
      // A key change: the old row deleted, the new one created whole.
      { row_key: '["K1"]', vals: null, bases: base('["K1"]'), actor: '王芳' },
      { row_key: '["K2"]', vals: whole(unit('K2', '镇K1')), bases: [], actor: '王芳' },
      { row_key: '["F"]', vals: whole(unit('F', 'F2')), bases: [], actor: '王芳' },
      { row_key: '["G"]', vals: whole(unit('G', 'G')), bases: [], actor: '王芳' },
    ]);
    expect(new Set(made.map((op) => op.replica)).size).toBe(1);

    // The next edit of a row logged by either path names that operation as its base.
    write(services.ctx, () => {
      run("UPDATE org_units SET name = 'A2' WHERE id = 'A'");
      run("UPDATE org_units SET name = 'B3' WHERE id = 'B'");
    });
    const after = log().filter((op) => op.row_key === '["A"]' || op.row_key === '["B"]');
    const latest = (key: string) => made.find((op) => op.row_key === key)!.op;
    expect(after.slice(-2).map((op) => [op.row_key, op.vals, op.bases])).toEqual([
      ['["A"]', { name: 'A2' }, [latest('["A"]')]],
      ['["B"]', { name: 'B3' }, [latest('["B"]')]],
    ]);
  });

  it('stamps nothing for a commit that changed no travelling data, and leaves nothing pending', () => {
    write(services.ctx, () => insert(unit('C', '青山县', null)));
    const count = log().length;
    write(services.ctx, () => {
      insert(unit('X', 'X'));
      run("DELETE FROM org_units WHERE id = 'X'");
    });
    // An insert deleted again is still one operation (a delete), as before.
    expect(log().length).toBe(count + 1);
    expect(
      services.ctx.db.prepare('SELECT count(*) AS n FROM temp.xp_change_pending').get(),
    ).toEqual({ n: 0 });
    for (const table of ['xp_change_fast', 'xp_change_touched'])
      expect(services.ctx.db.prepare(`SELECT count(*) AS n FROM temp.${table}`).get()).toEqual({
        n: 0,
      });
  });
});
