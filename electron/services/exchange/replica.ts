import { randomBytes } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Store } from '../../store/open';
import { deleteMeta, getMeta, setMeta } from '../../store/queries/meta';
import type { ServiceContext } from '../context';
import { installationKey, toHex } from '../keys';
import type { ClockOptions, Stamp } from './clock';
import { format, initialStamp, isReplicaId, parse, receive, tick } from './clock';

/**
 * This database's replica: the id its operations carry, and its clock. Both live in `meta`, so
 * the clock is saved in the same transaction as the operations it stamped (a crash loses
 * neither one without the other).
 *
 * The replica id is bound to the installation key it was made under. A database copied to
 * another laptop (another key) answers with a NEW replica id at once, so two laptops never
 * stamp as one; the same file reopened on its own laptop keeps its id. (Two copies of one file
 * on ONE laptop would still share an id: the import refuses operations stamped with its own id,
 * see `receive`.)
 */
const REPLICA_KEY = 'exchange.replica';
const REPLICA_OWNER_KEY = 'exchange.replica_key';
const CLOCK_KEY = 'exchange.clock';

export type ReplicaContext = Pick<ServiceContext, 'db' | 'info' | 'keyVault' | 'newId'>;

export interface Replica {
  readonly id: string;
  /** The installation key's fingerprint this replica id belongs to. */
  readonly keyId: string;
}

/**
 * The replica id, made on first use. Call inside a write: making one stores it (and resets the
 * clock to the new id), and it must commit with whatever it stamps.
 */
export function replicaOf(ctx: ReplicaContext): Replica {
  const keyId = installationKey(ctx).keyId;
  const stored = getMeta(ctx.db, REPLICA_KEY);
  if (stored !== undefined && isReplicaId(stored) && getMeta(ctx.db, REPLICA_OWNER_KEY) === keyId) {
    return { id: stored, keyId };
  }
  // Hashing a fresh id with the key keeps the id short (16 hex digits, as stamps print it)
  // while two laptops, or two databases on one laptop, practically never draw the same.
  const seed = new TextEncoder().encode(`${installationKey(ctx).publicKeyHex}:${ctx.newId()}`);
  const id = toHex(sha256(seed)).slice(0, 16);
  setMeta(ctx.db, REPLICA_KEY, id);
  setMeta(ctx.db, REPLICA_OWNER_KEY, keyId);
  // The clock keeps its time (it must never go back) but stamps with the new id from now on.
  const last = storedClock(ctx.db);
  saveClock(ctx.db, last ? { ...last, replica: id } : initialStamp(id));
  return { id, keyId };
}

function storedClock(db: Store): Stamp | undefined {
  const text = getMeta(db, CLOCK_KEY);
  return text === undefined ? undefined : parse(text);
}

function saveClock(db: Store, stamp: Stamp): void {
  setMeta(db, CLOCK_KEY, format(stamp));
}

/**
 * The stamp of one commit's operations (the write path's capture, which has no key at hand):
 * the stored replica id, or a provisional random one until `replicaOf` binds the database to
 * this laptop's key. `ensureReplica` runs at start, so a copied file stamps under a new id from
 * its first write on the other laptop.
 */
export function commitStamp(db: Store, now: string): Stamp {
  let replica = getMeta(db, REPLICA_KEY);
  if (replica === undefined || !isReplicaId(replica)) {
    replica = toHex(randomBytes(8));
    setMeta(db, REPLICA_KEY, replica);
  }
  const last = storedClock(db);
  const stamp = tick(last ? { ...last, replica } : initialStamp(replica), Date.parse(now));
  saveClock(db, stamp);
  return stamp;
}

/**
 * Binds the database to this laptop's key at start, writing only when it must (a new database,
 * or a file copied from another laptop): one `write` then, nothing on an ordinary start.
 */
export function replicaIsBound(ctx: ReplicaContext): boolean {
  const stored = getMeta(ctx.db, REPLICA_KEY);
  return (
    stored !== undefined &&
    isReplicaId(stored) &&
    getMeta(ctx.db, REPLICA_OWNER_KEY) === installationKey(ctx).keyId
  );
}

/** Forgets the replica id (a restored file): the next write or start makes a new one. */
export function forgetReplica(db: Store): void {
  deleteMeta(db, REPLICA_KEY);
  deleteMeta(db, REPLICA_OWNER_KEY);
}

/** The clock as last saved (the replica's initial clock before its first stamp). */
export function currentClock(ctx: ReplicaContext): Stamp {
  const { id } = replicaOf(ctx);
  return storedClock(ctx.db) ?? initialStamp(id);
}

/**
 * A new stamp for a local write on a database bound to this laptop, saved as the clock's
 * latest: `commitStamp` after `replicaOf`, as the capture stamps a commit. Call inside the
 * write whose operations it stamps; `now` is the context's wall time (ISO text).
 */
export function stampLocal(ctx: ReplicaContext & Pick<ServiceContext, 'now'>): Stamp {
  replicaOf(ctx);
  return commitStamp(ctx.db, ctx.now());
}

/**
 * Moves the clock past a received stamp (the latest of an imported package), so every later
 * local write is ordered after what was merged. Throws `ClockError` on drift or own-replica.
 */
export function observeRemote(
  ctx: ReplicaContext & Pick<ServiceContext, 'now'>,
  remote: Stamp,
  options?: ClockOptions,
): Stamp {
  return observeRemoteAs(ctx.db, replicaOf(ctx), remote, ctx.now(), options);
}

/**
 * `observeRemote` for a database already bound to `own` (main binds it before a merge runs in
 * a worker, which has no access to the installation key).
 */
export function observeRemoteAs(
  db: Store,
  own: Replica,
  remote: Stamp,
  now: string,
  options?: ClockOptions,
): Stamp {
  const stamp = receive(storedClock(db) ?? initialStamp(own.id), remote, Date.parse(now), options);
  saveClock(db, stamp);
  return stamp;
}
