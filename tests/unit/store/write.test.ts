import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setQuiet } from '../../../electron/logger';
import type { Store } from '../../../electron/store/open';
import { openStore } from '../../../electron/store/open';
import { verifyAuditChain } from '../../../electron/services/integrity';
import { getMeta, setMeta } from '../../../electron/store/queries/meta';
import { dataRevision } from '../../../electron/store/revision';
import type { Commit, WriteContext } from '../../../electron/store/write';
import {
  holdWrites,
  onCommit,
  trial,
  write,
  writeDerived,
  writesHeld,
} from '../../../electron/store/write';
import { openWorkerStore } from '../../../electron/store/open';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
let file: string;
let db: Store;
let ctx: WriteContext;
let heard: Commit[];
let stopListening: () => void;

beforeEach(() => {
  tmp = tempDir();
  file = join(tmp.dir, 'write.sqlite');
  db = openStore(file);
  let tick = 0;
  ctx = { db, actor: '青山县组织部', now: () => `2026-03-0${(tick += 1) % 10}T08:00:00.000Z` };
  heard = [];
  stopListening = onCommit((from, commit) => {
    if (from === db) heard.push(commit);
  });
});
afterEach(() => {
  stopListening();
  db.close();
  tmp.cleanup();
});

function auditRows(): { actor: string; at: string; action: string; entity_id: string }[] {
  return db.prepare('SELECT actor, at, action, entity_id FROM audit_log ORDER BY seq').all() as {
    actor: string;
    at: string;
    action: string;
    entity_id: string;
  }[];
}

class Refused extends Error {}

describe('the write path', () => {
  it('appends audit rows with the context’s operator and clock', () => {
    write(ctx, (tx) => {
      setMeta(db, 'k', 'v');
      tx.audit({ action: 'set', entity: 'meta', entityId: 'k', after: 'v' });
      tx.audit({ action: 'check', entity: 'meta', entityId: 'k' });
    });
    expect(auditRows()).toEqual([
      { actor: '青山县组织部', at: '2026-03-01T08:00:00.000Z', action: 'set', entity_id: 'k' },
      { actor: '青山县组织部', at: '2026-03-02T08:00:00.000Z', action: 'check', entity_id: 'k' },
    ]);
    expect(heard).toHaveLength(1);
    expect(heard[0]!.audit.map((e) => [e.action, e.actor])).toEqual([
      ['set', '青山县组织部'],
      ['check', '青山县组织部'],
    ]);
  });

  it('bumps the data revision exactly once per outermost commit', () => {
    const start = dataRevision(db);
    write(ctx, (tx) => {
      tx.audit({ action: 'a', entity: 'meta', entityId: '1' });
      write(ctx, (inner) => inner.audit({ action: 'b', entity: 'meta', entityId: '2' }));
      write(ctx, (inner) => inner.audit({ action: 'c', entity: 'meta', entityId: '3' }));
    });
    const once = dataRevision(db);
    expect(once).not.toBe(start);
    expect(heard.map(({ revisionBefore, revision }) => [revisionBefore, revision])).toEqual([
      [start, once],
    ]);
    expect(heard[0]!.audit.map((e) => e.action)).toEqual(['a', 'b', 'c']);
    write(ctx, () => setMeta(db, 'k', 'v'));
    expect(dataRevision(db)).not.toBe(once);
    expect(heard[1]!.revisionBefore).toBe(once);
  });

  it('runs hooks after the commit, when the data is visible to another connection', () => {
    const seen: { inTransaction: boolean; fromOutside: string | undefined }[] = [];
    const other = new Database(file, { readonly: true });
    try {
      write(ctx, (tx) => {
        setMeta(db, 'k', 'committed');
        tx.afterCommit(() =>
          seen.push({
            inTransaction: db.inTransaction,
            fromOutside: (
              other.prepare('SELECT value FROM meta WHERE key = ?').get('k') as
                { value: string } | undefined
            )?.value,
          }),
        );
        // Not yet: the hook waits for the commit.
        expect(seen).toHaveLength(0);
      });
    } finally {
      other.close();
    }
    expect(seen).toEqual([{ inTransaction: false, fromOutside: 'committed' }]);
  });

  it('on rollback stores nothing, bumps nothing and runs no hook or listener', () => {
    const start = dataRevision(db);
    let hookRan = false;
    expect(() =>
      write(ctx, (tx) => {
        setMeta(db, 'k', 'v');
        tx.audit({ action: 'set', entity: 'meta', entityId: 'k' });
        tx.afterCommit(() => {
          hookRan = true;
        });
        throw new Refused('no');
      }),
    ).toThrow(Refused);
    expect(getMeta(db, 'k')).toBeUndefined();
    expect(auditRows()).toEqual([]);
    expect(dataRevision(db)).toBe(start);
    expect(hookRan).toBe(false);
    expect(heard).toEqual([]);
  });

  it('a trial sees its own writes, nested ones too, then keeps nothing and tells no one', () => {
    const start = dataRevision(db);
    let hookRan = false;
    const seen = trial(ctx, (tx) => {
      setMeta(db, 'k', 'v');
      write(ctx, (inner) => {
        setMeta(db, 'nested', 'w');
        inner.audit({ action: 'set', entity: 'meta', entityId: 'nested' });
        inner.afterCommit(() => {
          hookRan = true;
        });
      });
      tx.audit({ action: 'set', entity: 'meta', entityId: 'k' });
      return [getMeta(db, 'k'), getMeta(db, 'nested'), auditRows().length];
    });
    expect(seen).toEqual(['v', 'w', 2]);
    expect(getMeta(db, 'k')).toBeUndefined();
    expect(getMeta(db, 'nested')).toBeUndefined();
    expect(auditRows()).toEqual([]);
    expect(dataRevision(db)).toBe(start);
    expect(hookRan).toBe(false);
    expect(heard).toEqual([]);
    // A trial cannot run inside a write: it would roll the write back with it.
    expect(() => write(ctx, () => trial(ctx, () => 1))).toThrow(/trial\(\) inside/);
  });

  it('while another connection holds the file for a write, refuses writes at once and reads on', () => {
    write(ctx, () => setMeta(db, 'k', 'before'));
    // The worker's side: its own connection, in the middle of its long write.
    const worker = openWorkerStore(file);
    worker.exec('BEGIN IMMEDIATE');
    worker.prepare("UPDATE meta SET value = 'merging' WHERE key = 'k'").run();
    const release = holdWrites(db, () => new AppError('BUSY', 'merging'));
    try {
      expect(writesHeld(db)).toBe(true);
      // The app's refusal, not SQLite's SQLITE_BUSY after waiting out its busy timeout.
      expect(() => write(ctx, () => setMeta(db, 'k', 'mine'))).toThrow(
        expect.objectContaining({ code: 'BUSY' }),
      );
      expect(() => trial(ctx, () => 1)).toThrow(expect.objectContaining({ code: 'BUSY' }));
      // A second hold on the same file is refused too: one writer at a time.
      expect(() => holdWrites(db, () => new AppError('BUSY', 'again'))).toThrow(/again/);
      // Main still reads the last committed data.
      expect(getMeta(db, 'k')).toBe('before');
      worker.exec('COMMIT');
    } finally {
      release();
      worker.close();
    }
    expect(writesHeld(db)).toBe(false);
    expect(getMeta(db, 'k')).toBe('merging');
    write(ctx, () => setMeta(db, 'k', 'after'));
    expect(getMeta(db, 'k')).toBe('after');
  });

  it('a nested write joins the outer one: it is undone with it', () => {
    let innerHook = false;
    expect(() =>
      write(ctx, () => {
        write(ctx, (tx) => {
          setMeta(db, 'inner', 'v');
          tx.audit({ action: 'inner', entity: 'meta', entityId: 'inner' });
          tx.afterCommit(() => {
            innerHook = true;
          });
        });
        // The nested write has returned but nothing is committed yet.
        expect(heard).toEqual([]);
        throw new Refused('outer fails after the inner write');
      }),
    ).toThrow(Refused);
    expect(getMeta(db, 'inner')).toBeUndefined();
    expect(auditRows()).toEqual([]);
    expect(innerHook).toBe(false);
  });

  it('a nested failure the caller catches undoes only the nested part, its entries and hooks', () => {
    const hooks: string[] = [];
    write(ctx, (tx) => {
      setMeta(db, 'kept', 'v');
      tx.audit({ action: 'kept', entity: 'meta', entityId: 'kept' });
      tx.afterCommit(() => hooks.push('outer'));
      try {
        write(ctx, (inner) => {
          setMeta(db, 'undone', 'v');
          inner.audit({ action: 'undone', entity: 'meta', entityId: 'undone' });
          inner.afterCommit(() => hooks.push('inner'));
          throw new Refused('inner');
        });
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
      }
    });
    expect(getMeta(db, 'kept')).toBe('v');
    expect(getMeta(db, 'undone')).toBeUndefined();
    expect(auditRows().map((r) => r.action)).toEqual(['kept']);
    expect(heard[0]!.audit.map((e) => e.action)).toEqual(['kept']);
    expect(hooks).toEqual(['outer']);
  });

  it('chains each entry to the one before, across nested writes undone and kept', () => {
    const refuse = (fn: () => void) => {
      try {
        fn();
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
      }
    };
    write(ctx, (tx) => tx.audit({ action: 'first', entity: 'meta', entityId: '1' }));
    write(ctx, (tx) => {
      tx.audit({ action: 'a', entity: 'meta', entityId: '2' });
      refuse(() =>
        write(ctx, (inner) => {
          inner.audit({ action: 'undone', entity: 'meta', entityId: '3' });
          throw new Refused('inner');
        }),
      );
      tx.audit({ action: 'b', entity: 'meta', entityId: '4' });
      write(ctx, (inner) => inner.audit({ action: 'c', entity: 'meta', entityId: '5' }));
      // A derived rewrite is a savepoint too: a write joined inside it is undone with it.
      refuse(() =>
        writeDerived(db, () => {
          write(ctx, (inner) => inner.audit({ action: 'gone', entity: 'meta', entityId: '6' }));
          throw new Refused('derived');
        }),
      );
      tx.audit({ action: 'd', entity: 'meta', entityId: '7' });
    });
    write(ctx, (tx) => tx.audit({ action: 'last', entity: 'meta', entityId: '8' }));
    expect(auditRows().map((r) => r.action)).toEqual(['first', 'a', 'b', 'c', 'd', 'last']);
    expect(verifyAuditChain(db)).toMatchObject({ intact: true, entries: 6 });
  });

  it('refuses a write inside a transaction it did not open, and a tx used after its write', () => {
    const raw = db.transaction(() => write(ctx, () => setMeta(db, 'k', 'v')));
    expect(() => raw.immediate()).toThrow(/did not open/);
    expect(getMeta(db, 'k')).toBeUndefined();
    let kept: Parameters<Parameters<typeof write>[1]>[0] | undefined;
    write(ctx, (tx) => {
      kept = tx;
    });
    expect(() => kept!.audit({ action: 'late', entity: 'meta', entityId: 'k' })).toThrow(
      /after its write ended/,
    );
  });

  it('a failing hook does not undo the stored write but makes every cache stale', () => {
    setQuiet(true);
    const afterFirst: number[] = [];
    const result = write(ctx, (tx) => {
      setMeta(db, 'k', 'v');
      tx.afterCommit((commit) => {
        afterFirst.push(commit.revision);
        throw new Error('cache broke');
      });
      return 'done';
    });
    expect(result).toBe('done');
    expect(getMeta(db, 'k')).toBe('v');
    // A cache that took the commit's revision as current must not match any more.
    expect(dataRevision(db)).not.toBe(afterFirst[0]);
  });

  it('derived rewrites bump nothing; a revision read inside a transaction matches nothing', () => {
    const start = dataRevision(db);
    let inside = 0;
    writeDerived(db, () => {
      setMeta(db, 'derived', 'v');
      inside = dataRevision(db);
    });
    expect(getMeta(db, 'derived')).toBe('v');
    expect(dataRevision(db)).toBe(start);
    // `===` as caches compare: a revision read mid-transaction equals no other, not even itself.
    expect(inside === inside).toBe(false);
    expect(heard).toEqual([]);
  });
});
