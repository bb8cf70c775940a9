import type { Store } from '../../store/open';
import type { ServiceContext } from '../context';

/**
 * What other capabilities must do when a backup replaces the data (the exchange: a restored
 * file is a new replica, and the new connection needs its change capture). Registered by those
 * capabilities, so backups does not depend on them (they depend on backups).
 */
export interface RestoreHooks {
  /** On the prepared copy, before it takes the data file's place. */
  prepared?(db: Store): void;
  /** After the swap (or after the old file was put back): `ctx.db` is the new connection. */
  reopened?(ctx: ServiceContext): void;
}

const hooks: RestoreHooks[] = [];

export function onRestore(hook: RestoreHooks): void {
  hooks.push(hook);
}

export function restorePrepared(db: Store): void {
  for (const hook of hooks) hook.prepared?.(db);
}

export function restoreReopened(ctx: ServiceContext): void {
  for (const hook of hooks) hook.reopened?.(ctx);
}
