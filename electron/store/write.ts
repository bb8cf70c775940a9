import { AppError } from '../../shared/errors';
import { createLogger } from '../logger';
import type { Store } from './open';
import type { AuditEntry } from './queries/audit';
import { insertAudit } from './queries/audit';
import { bumpDataGeneration } from './queries/meta';
import { bumpRevision, dataRevision } from './revision';

const log = createLogger('write');

/** What a write needs of the service context: the connection, who acts, and the clock. */
export interface WriteContext {
  readonly db: Store;
  /** The operator's name; '' while nobody has given one, and then nothing can be audited. */
  readonly actor: string;
  now(): string;
}

/** An audit entry as a write gives it; the operator and the time are the write path's. */
export type AuditInput = Omit<AuditEntry, 'at' | 'actor'>;

/** What one committed transaction did, as hooks and listeners see it. */
export interface Commit {
  /** The data revision before the transaction began. */
  readonly revisionBefore: number;
  /** The data revision after it committed (bumped once, however many writes joined). */
  readonly revision: number;
  /** Every audit entry the transaction appended, in order. */
  readonly audit: readonly AuditEntry[];
}

export type CommitHook = (commit: Commit) => void;
export type CommitListener = (db: Store, commit: Commit) => void;

/** The handle a write's function gets. */
export interface Tx {
  /** Appends to the audit trail, as the context's actor, at the context's time. */
  audit(entry: AuditInput): void;
  /** Runs after the outermost transaction commits; never when it rolls back. */
  afterCommit(hook: CommitHook): void;
}

interface Transaction {
  audit: AuditEntry[];
  hooks: CommitHook[];
  /**
   * The audit chain's head as this transaction left it (the hash of its last entry), so each
   * entry after the first chains without reading the head again; undefined until the first
   * entry, or when a rolled-back savepoint may have taken the last entry away (read again).
   */
  head: string | null | undefined;
}

/** The open transaction of each connection; a nested write joins it. */
const open = new WeakMap<Store, Transaction>();
const listeners = new Set<CommitListener>();
/**
 * Connections whose file another connection is writing (an exchange merge in a worker thread):
 * their writes are refused at once with the holder's error instead of waiting on SQLite's
 * lock, which would freeze this thread for the busy timeout and then fail anyway.
 */
const holds = new WeakMap<Store, () => Error>();

/**
 * Refuses every write and trial on `db` (with `refusal()`) until the returned release is
 * called: for the length of a write another connection makes to the same file. Reads go on.
 */
export function holdWrites(db: Store, refusal: () => Error): () => void {
  if (holds.has(db)) throw refusal();
  holds.set(db, refusal);
  return () => {
    holds.delete(db);
  };
}

/** Whether another connection holds `db`'s file for a write (derived data then waits). */
export function writesHeld(db: Store): boolean {
  return holds.has(db);
}

function refuseWhileHeld(db: Store): void {
  const refusal = holds.get(db);
  if (refusal) throw refusal();
}

/** Per connection, what runs inside the outermost transaction just before it commits. */
const beforeCommits = new WeakMap<Store, (ctx: WriteContext) => void>();

/**
 * Runs `fn` inside every outermost write on this connection, after the write's own function
 * and before the commit (the exchange's change capture stamps what the write changed): what it
 * writes commits or rolls back with the write. One per connection.
 */
export function beforeCommit(db: Store, fn: (ctx: WriteContext) => void): void {
  beforeCommits.set(db, fn);
}

/**
 * Registers a listener for every commit of every connection (the ranking cache, later backups
 * due and the exchange change log). Listeners must not write unconditionally: a write inside
 * a listener is a commit of its own and is heard again.
 */
export function onCommit(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function handle(ctx: WriteContext, transaction: Transaction, isOpen: () => boolean): Tx {
  const check = (what: string) => {
    if (!isOpen()) throw new Error(`${what} after its write ended`);
  };
  return {
    audit(entry) {
      check('tx.audit');
      const actor = ctx.actor;
      // The trail must say who did it: never a host's name, never nobody.
      if (actor === '') {
        throw new AppError('OPERATOR_REQUIRED', 'Name the operator before changing data');
      }
      const full: AuditEntry = { ...entry, at: ctx.now(), actor };
      transaction.head = insertAudit(ctx.db, full, transaction.head);
      transaction.audit.push(full);
    },
    afterCommit(hook) {
      check('tx.afterCommit');
      transaction.hooks.push(hook);
    },
  };
}

/**
 * THE write path (after Actual's `server/mutators.ts`): every change to stored data runs as
 * `write(ctx, (tx) => …)`. The outermost call opens an immediate transaction; a write inside it
 * joins (better-sqlite3 makes it a savepoint, so a nested failure the caller catches undoes only
 * the nested part, its audit entries and hooks included). After the outermost commit the data
 * revision is bumped once, then the transaction's hooks and the global listeners run. A
 * rollback bumps nothing and runs nothing. `fn` must be synchronous: nothing awaits inside.
 */
export function write<T>(ctx: WriteContext, fn: (tx: Tx) => T): T {
  const outer = open.get(ctx.db);
  if (outer) return joined(ctx, outer, fn);
  if (ctx.db.inTransaction) {
    throw new Error('write() inside a transaction it did not open: every write goes through it');
  }
  refuseWhileHeld(ctx.db);
  const revisionBefore = dataRevision(ctx.db);
  const transaction: Transaction = { audit: [], hooks: [], head: undefined };
  let live = true;
  open.set(ctx.db, transaction);
  let result: T;
  try {
    result = ctx.db
      .transaction(() => {
        const value = fn(handle(ctx, transaction, () => live));
        beforeCommits.get(ctx.db)?.(ctx);
        // The stored generation moves with the commit (or not at all): see queries/meta.ts.
        bumpDataGeneration(ctx.db);
        return value;
      })
      .immediate();
  } finally {
    live = false;
    open.delete(ctx.db);
  }
  bumpRevision(ctx.db);
  committed(
    ctx.db,
    {
      revisionBefore,
      revision: dataRevision(ctx.db),
      audit: transaction.audit,
    },
    transaction.hooks,
  );
  return result;
}

/** Thrown inside a trial to roll it back; carries the trial's result out. */
class TrialRollback<T> extends Error {
  constructor(readonly value: T) {
    super('trial rolled back');
  }
}

/**
 * Runs `fn` as a write that is ALWAYS rolled back: a preview that must see exactly what the
 * write would do (an exchange package's merge) without keeping any of it. Nothing commits, so
 * nothing is stamped, no revision moves and no hook or listener runs. Writes inside it join.
 */
export function trial<T>(ctx: WriteContext, fn: (tx: Tx) => T): T {
  if (open.has(ctx.db) || ctx.db.inTransaction) {
    throw new Error('trial() inside a transaction: a preview runs on its own');
  }
  refuseWhileHeld(ctx.db);
  const transaction: Transaction = { audit: [], hooks: [], head: undefined };
  let live = true;
  open.set(ctx.db, transaction);
  try {
    ctx.db
      .transaction(() => {
        throw new TrialRollback(fn(handle(ctx, transaction, () => live)));
      })
      .immediate();
  } catch (error) {
    if (error instanceof TrialRollback) return error.value as T;
    throw error;
  } finally {
    live = false;
    open.delete(ctx.db);
  }
  throw new Error('a trial ended without rolling back');
}

function joined<T>(ctx: WriteContext, transaction: Transaction, fn: (tx: Tx) => T): T {
  const auditMark = transaction.audit.length;
  const hookMark = transaction.hooks.length;
  const headMark = transaction.head;
  let live = true;
  try {
    return ctx.db.transaction(() => fn(handle(ctx, transaction, () => live)))();
  } catch (error) {
    // The savepoint is rolled back: so is what it recorded, and the chain's head with it.
    transaction.audit.length = auditMark;
    transaction.hooks.length = hookMark;
    transaction.head = headMark;
    throw error;
  } finally {
    live = false;
  }
}

function committed(db: Store, commit: Commit, hooks: readonly CommitHook[]): void {
  let failed = false;
  const run = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      failed = true;
      log.error(`${what} failed after a commit`, error);
    }
  };
  for (const hook of hooks) run('an after-commit hook', () => hook(commit));
  for (const listener of listeners) run('a commit listener', () => listener(db, commit));
  // The data is stored whatever a hook did, so the write still succeeds; but a hook that failed
  // may have left a cache half updated, so every cache is made stale.
  if (failed) bumpRevision(db);
}

/**
 * Rewrites derived data (a sheet's pack, rebuilt from its score rows): no audit entry, no new
 * revision, no hooks, because nothing computed from the data changes. Joins an open write.
 */
export function writeDerived<T>(db: Store, fn: () => T): T {
  const outer = open.get(db);
  if (db.inTransaction && !outer) {
    throw new Error('writeDerived() inside a transaction not opened by write()');
  }
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    // Inside a write this was a savepoint: an entry a write joined inside it may be gone, so
    // the write's next entry reads the chain's head again.
    if (outer) outer.head = undefined;
    throw error;
  }
}
