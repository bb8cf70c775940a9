import type { ServiceContext } from '../context';

/**
 * A counter per database that every audited write bumps, so cached rankings know when they
 * are stale. Writes outside the services (another process) are caught by SQLite's
 * data_version, which changes when another connection commits.
 */
const revisions = new WeakMap<ServiceContext['db'], number>();

export function bumpRevision(db: ServiceContext['db']): void {
  revisions.set(db, (revisions.get(db) ?? 0) + 1);
}

export function dataRevision(ctx: ServiceContext): number {
  const external = ctx.db.pragma('data_version', { simple: true }) as number;
  return (revisions.get(ctx.db) ?? 0) * 1_000_003 + external;
}
