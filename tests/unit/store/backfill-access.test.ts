import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnitKind } from '../../../shared/domain/org';
import { BACKFILL_CONFIRMER } from '../../../shared/domain/backfill';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { migrate, openStore } from '../../../electron/store/open';
import { listRoundAssignments } from '../../../electron/services/rounds/assignments';
import { conflictOfInterest } from '../../../electron/services/rounds/conflicts';
import type { ContextParts } from '../../../electron/services/context';
import { createContext } from '../../../electron/services/context';
import { requireAssignment } from '../../../electron/services/rounds/sheet-access';
import type { Store } from '../../../electron/store/open';
import { tempDir } from '../support';
import { fileAtSchema } from './schema-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** A context on a bare database: the access check reads only the store, never files or jobs. */
function contextOn(db: Store) {
  const noParts = {} as ContextParts;
  return createContext(db, { version: 't', dataFile: 'x', host: 'test' }, noParts, {
    actor: 'tester',
  });
}

function evaluatorSheets(
  db: Store,
): { round_id: string; branch_id: string; evaluator_id: string }[] {
  return db
    .prepare(
      'SELECT round_id, branch_id, evaluator_id FROM score_sheets WHERE evaluator_id IS NOT NULL ORDER BY id',
    )
    .all() as { round_id: string; branch_id: string; evaluator_id: string }[];
}

describe('upgrading a database from schema 3 keeps evaluators in their own sheets', () => {
  it('without 0006 every evaluator is refused their existing sheet (the bug it fixes)', () => {
    const db = new Database(fileAtSchema(tmp.dir, 3));
    migrate(db, MIGRATIONS.slice(0, 5));
    const ctx = contextOn(db);
    for (const sheet of evaluatorSheets(db)) {
      expect(() =>
        requireAssignment(ctx, {
          roundId: sheet.round_id,
          branchId: sheet.branch_id,
          evaluatorId: sheet.evaluator_id,
        }),
      ).toThrow(/not-assigned/);
    }
    db.close();
  });

  it('after the upgrade every evaluator may open every sheet they had', () => {
    const db = openStore(fileAtSchema(tmp.dir, 3));
    const ctx = contextOn(db);
    const sheets = evaluatorSheets(db);
    expect(sheets).toHaveLength(7);
    for (const sheet of sheets) {
      expect(() =>
        requireAssignment(ctx, {
          roundId: sheet.round_id,
          branchId: sheet.branch_id,
          evaluatorId: sheet.evaluator_id,
        }),
      ).not.toThrow();
    }
    db.close();
  });

  it('flags exactly the conflicts of interest the app itself would find, as taken over by the upgrade', () => {
    const db = openStore(fileAtSchema(tmp.dir, 3));
    const units = new Map(
      (
        db.prepare('SELECT id, kind, parent_id FROM org_units').all() as {
          id: string;
          kind: UnitKind;
          parent_id: string | null;
        }[]
      ).map((u) => [u.id, u]),
    );
    const evaluatorUnit = new Map(
      (
        db.prepare('SELECT id, unit_id FROM evaluators').all() as {
          id: string;
          unit_id: string | null;
        }[]
      ).map((e) => [e.id, e.unit_id]),
    );
    const views = listRoundAssignments(contextOn(db), { roundId: 'rd' });
    expect(views).toHaveLength(7);
    for (const view of views) {
      const unitId = evaluatorUnit.get(view.evaluatorId) ?? null;
      const unit = unitId === null ? null : units.get(unitId)!;
      const expected = conflictOfInterest(
        unit && { id: unit.id, kind: unit.kind, parentId: unit.parent_id },
        { id: view.branchId, townshipId: view.townshipId },
      );
      expect({ pair: `${view.evaluatorId}/${view.branchId}`, conflict: view.conflict }).toEqual({
        pair: `${view.evaluatorId}/${view.branchId}`,
        conflict: expected,
      });
      expect(view.confirmedBy).toBe(expected === null ? null : BACKFILL_CONFIRMER);
      expect(view.conflictReason === null).toBe(expected === null);
    }
    expect(
      views
        .filter((v) => v.conflict !== null)
        .map((v) => v.evaluatorName)
        .sort(),
    ).toEqual(['云溪镇 李', '柳湾村 赵', '石门村 张'].sort());
    db.close();
  });
});
