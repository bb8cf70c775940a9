/**
 * The hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014; shaped after
 * Actual's `packages/crdt/src/crdt/timestamp.ts`). Every operation in the change log carries one
 * stamp; stamps order all operations of all replicas totally, stay close to wall time, and never
 * go backwards on one replica even when its wall clock does (a laptop whose date is reset).
 *
 * Pure: the wall time is passed in, nothing is read or stored here. The exchange service keeps
 * the clock's last stamp in `meta` and passes it back after a restart (see `replica.ts`).
 *
 * A stamp prints as `2026-12-04T23:50:00.000Z-0000-0123456789abcdef`: ISO time, a 4-hex-digit
 * counter, the 16-hex-digit replica id. The text sorts exactly as the stamps order, so SQL
 * `ORDER BY hlc` and `MAX(hlc)` are correct.
 */

export interface Stamp {
  /** Milliseconds since the epoch: the largest wall time this replica has seen. */
  readonly millis: number;
  /** Orders stamps with the same millis (0 … 0xFFFF). */
  readonly counter: number;
  /** The replica that made the stamp: 16 lowercase hex digits. */
  readonly replica: string;
}

export interface ClockOptions {
  /**
   * How far a received stamp may be ahead of this laptop's wall time. A package from a laptop
   * whose date is a year ahead would otherwise drag every later stamp a year ahead with it.
   */
  readonly maxDriftMs: number;
}

/**
 * Offline laptops are often minutes or hours off; a day keeps the township workflow working
 * while still refusing a year-off date (which the user must correct before exchanging).
 */
export const DEFAULT_CLOCK_OPTIONS: ClockOptions = { maxDriftMs: 24 * 60 * 60 * 1000 };

const MAX_COUNTER = 0xffff;
const REPLICA_PATTERN = /^[0-9a-f]{16}$/;
const STAMP_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-f]{16})$/;
/** Years 0000–9999 only: ISO text of other years has another width and would sort wrongly. */
const MAX_MILLIS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export type ClockErrorKind = 'drift' | 'same-replica' | 'malformed';

/** Why the clock refused; the exchange service turns it into a translated error. */
export class ClockError extends Error {
  constructor(
    readonly kind: ClockErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

export function isReplicaId(value: string): boolean {
  return REPLICA_PATTERN.test(value);
}

/** The clock of a replica that has stamped nothing yet. */
export function initialStamp(replica: string): Stamp {
  if (!isReplicaId(replica)) throw new ClockError('malformed', `Not a replica id: ${replica}`);
  return { millis: 0, counter: 0, replica };
}

function checkMillis(millis: number): void {
  if (!Number.isSafeInteger(millis) || millis < 0 || millis > MAX_MILLIS) {
    throw new ClockError('malformed', `Wall time out of range: ${millis}`);
  }
}

function next(replica: string, millis: number, counter: number): Stamp {
  if (counter > MAX_COUNTER) {
    // 65,536 stamps in one millisecond (a bulk import in one transaction): carry into the next
    // millisecond rather than refuse the write. Stamps stay unique and increasing; the clock
    // runs at most a few milliseconds ahead of the wall, which the drift bound tolerates.
    return { millis: millis + 1, counter: 0, replica };
  }
  return { millis, counter, replica };
}

/**
 * The stamp for a local event (a write): later than every stamp this replica made or received,
 * and at least its wall time `now`.
 */
export function tick(last: Stamp, now: number): Stamp {
  checkMillis(now);
  const millis = Math.max(last.millis, now);
  return next(last.replica, millis, millis === last.millis ? last.counter + 1 : 0);
}

/**
 * The clock after receiving `remote` (an operation from a package): later than both the local
 * clock and the remote stamp, so whatever this replica does next is ordered after what it saw.
 */
export function receive(
  last: Stamp,
  remote: Stamp,
  now: number,
  options: ClockOptions = DEFAULT_CLOCK_OPTIONS,
): Stamp {
  checkMillis(now);
  checkMillis(remote.millis);
  if (remote.replica === last.replica) {
    // Our own id on someone else's operation: a copied database answering as us. Merging it
    // would make two replicas' stamps collide.
    throw new ClockError('same-replica', `A stamp from this very replica: ${format(remote)}`);
  }
  if (remote.millis - now > options.maxDriftMs) {
    throw new ClockError(
      'drift',
      `A stamp ${Math.round((remote.millis - now) / 60000)} minutes ahead of this laptop's clock`,
    );
  }
  const millis = Math.max(last.millis, remote.millis, now);
  let counter: number;
  if (millis === last.millis && millis === remote.millis) {
    counter = Math.max(last.counter, remote.counter) + 1;
  } else if (millis === last.millis) {
    counter = last.counter + 1;
  } else if (millis === remote.millis) {
    counter = remote.counter + 1;
  } else {
    counter = 0;
  }
  return next(last.replica, millis, counter);
}

/** Total order: wall time, then counter, then replica id (stable across every laptop). */
export function compare(a: Stamp, b: Stamp): number {
  if (a.millis !== b.millis) return a.millis < b.millis ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.replica === b.replica) return 0;
  return a.replica < b.replica ? -1 : 1;
}

export function format(stamp: Stamp): string {
  checkMillis(stamp.millis);
  const counter = stamp.counter.toString(16).toUpperCase().padStart(4, '0');
  return `${new Date(stamp.millis).toISOString()}-${counter}-${stamp.replica}`;
}

/** Reads a stamp as `format` wrote it; anything else (a tampered package) is refused. */
export function parse(text: string): Stamp {
  const match = STAMP_PATTERN.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) {
    throw new ClockError('malformed', `Not a clock stamp: ${text.slice(0, 80)}`);
  }
  const millis = Date.parse(match[1]);
  // Date.parse accepts 2026-02-31 as March 3rd; a stamp must print back exactly as it came.
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== match[1]) {
    throw new ClockError('malformed', `Not a clock stamp: ${text.slice(0, 80)}`);
  }
  return { millis, counter: Number.parseInt(match[2], 16), replica: match[3] };
}
