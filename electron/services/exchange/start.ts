import { createLogger } from '../../logger';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { replicaIsBound, replicaOf } from './replica';

const log = createLogger('exchange');

/**
 * Binds the database to this laptop's key at start (docs/exchange.md, "The replica"): a file
 * copied from another laptop gets its own replica id before its first write here, so two
 * laptops never stamp operations as one. Writes only when it must; a failure is logged and
 * the app starts all the same (the capture then stamps under the id it has).
 */
export function ensureReplica(ctx: ServiceContext): void {
  try {
    if (!replicaIsBound(ctx)) write(ctx, () => replicaOf(ctx));
  } catch (error) {
    log.error('the replica could not be bound to this laptop', error);
  }
}
