import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../../shared/domain/views';
import type { EventHub } from '../events';
import type { FileTransfers } from '../files/transfers';
import type { JobRunner } from '../jobs/runner';
import type { Store } from '../store/open';
import type { KeyVault } from './keys';
import { getOperatorName } from '../store/queries/meta';

/**
 * What every service receives: the store plus injected clock and id generator, so tests are
 * deterministic, the acting user for the audit log, and the host-independent file transport,
 * job runner (worker threads) and event hub.
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
  files: FileTransfers;
  jobs: JobRunner;
  events: EventHub;
  /**
   * Where the installation's signing key is kept when the host has its own place (Electron's
   * safeStorage); otherwise `installationKey` keeps it in a file beside the data file.
   */
  keyVault?: KeyVault;
}

export interface ContextOptions {
  /** A fixed actor instead of the stored operator name (tests, benches, `--operator`). */
  actor?: string;
  now?: () => string;
  newId?: () => string;
  /** The host's key vault (Electron); see `ServiceContext.keyVault`. */
  keyVault?: KeyVault;
}

export interface ContextParts {
  files: FileTransfers;
  jobs: JobRunner;
  events: EventHub;
}

export function createContext(
  db: Store,
  info: AppInfo,
  parts: ContextParts,
  options: ContextOptions = {},
): ServiceContext {
  const fixed = options.actor;
  const ctx: ServiceContext = {
    db,
    info,
    ...parts,
    // Never the host's name ('web', 'electron'): an audit entry must name a person. Read from
    // the connection in use now: a restore swaps `ctx.db`.
    get actor() {
      return fixed ?? getOperatorName(ctx.db) ?? '';
    },
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
    ...(options.keyVault ? { keyVault: options.keyVault } : {}),
  };
  return ctx;
}

/**
 * The parts of a context that has no app around it (a worker's read-only view of the data, the
 * bench's generator): there are no pages to send files or events to, so using them is a bug
 * and says so at once.
 */
export function detachedParts(where: string): ContextParts {
  const missing = (part: string) =>
    new Proxy(
      {},
      {
        get: (_target, property) => {
          throw new Error(`${part}.${String(property)} is not available in ${where}`);
        },
      },
    );
  return {
    files: missing('files') as FileTransfers,
    jobs: missing('jobs') as JobRunner,
    events: missing('events') as EventHub,
  };
}
