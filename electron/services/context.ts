import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../../shared/domain/views';
import type { Store } from '../store/open';

/**
 * What every service receives: the store plus injected clock and id generator, so tests are
 * deterministic, and the acting user for the audit log.
 */
export interface ServiceContext {
  db: Store;
  actor: string;
  now: () => string;
  newId: () => string;
  info: AppInfo;
}

export interface ContextOptions {
  actor?: string;
  now?: () => string;
  newId?: () => string;
}

export function createContext(
  db: Store,
  info: AppInfo,
  options: ContextOptions = {},
): ServiceContext {
  return {
    db,
    info,
    actor: options.actor ?? info.host,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
  };
}
