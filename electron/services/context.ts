import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../../shared/domain/views';
import type { Store } from '../store/open';
import { getOperatorName } from '../store/queries/meta';

/**
 * What every service receives: the store plus injected clock and id generator, so tests are
 * deterministic, and the acting user for the audit log.
 */
export interface ServiceContext {
  db: Store;
  /**
   * Who acts: the operator named on this laptop (`preferences.update`), read at each use so a
   * change of name applies at once; '' until someone gives a name, and the write path refuses
   * to audit as nobody. Tests, benches and the CLI may fix it instead.
   */
  readonly actor: string;
  now: () => string;
  newId: () => string;
  info: AppInfo;
}

export interface ContextOptions {
  /** A fixed actor instead of the stored operator name (tests, benches, `--operator`). */
  actor?: string;
  now?: () => string;
  newId?: () => string;
}

export function createContext(
  db: Store,
  info: AppInfo,
  options: ContextOptions = {},
): ServiceContext {
  const fixed = options.actor;
  return {
    db,
    info,
    // Never the host's name ('web', 'electron'): an audit entry must name a person.
    get actor() {
      return fixed ?? getOperatorName(db) ?? '';
    },
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
  };
}
