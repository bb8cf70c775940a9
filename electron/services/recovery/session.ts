import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppInfo } from '../../../shared/domain/views';
import type { RecoveryStatus } from '../../../shared/domain/views/recovery';
import { isDamageKind } from '../../../shared/domain/views/recovery';
import { METHOD_NAMES } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import { createLogger } from '../../logger';
import type { EventHub } from '../../events';
import { createEventHub } from '../../events';
import type { FileTransfers } from '../../files/transfers';
import { createFileTransfers } from '../../files/transfers';
import { moveAside } from '../../store/quarantine';
import type { AppServices, StartOptions } from '../app';
import { startServices } from '../app';
import {
  backupsToRecoverFrom,
  folderOfDamaged,
  restoreFile,
  startBackupSchedule,
} from '../backups';
import { write } from '../../store/write';
import type { Registry } from '../registry';
import { checkCall } from '../registry';

const log = createLogger('recovery');

/** Who the audit trail names for starting over after damage: the app, on the user's choice. */
export const RECOVERY_ACTOR = 'recovery';

export type DamagedStart = Extract<RecoveryStatus, { state: 'damaged' }>;

/**
 * What a host (Electron, the web host, the CLI) holds from start to quit. Normally it is just
 * the open services. When the data file turned out damaged, the file is already moved aside and
 * the session waits, with no database open, for the user's choice on the recovery screen.
 */
export interface AppSession {
  /** Answers every call: the services' registry once a database is open, the session before. */
  readonly registry: Registry;
  /** What was found at start, or null when the data file opened normally. */
  readonly damaged: DamagedStart | null;
  /** The open services; null while recovery waits for the user. */
  services(): AppServices | null;
  /** Files chosen and offered through the host, for the whole session (recovery included). */
  readonly files: FileTransfers;
  /** The contract's events, for the host to forward to its pages. */
  readonly events: EventHub;
  close(): void;
}

function isDamaged(error: unknown): boolean {
  return error instanceof AppError && error.code === 'DB_DAMAGED';
}

/**
 * Opens the data file as `startServices` does. A damaged one (not a database, truncated, failing
 * the quick check, zero bytes) is moved aside with its companions before anything writes, and
 * the session starts in recovery instead of failing. Refusals that leave the file where it is
 * (`DB_TOO_NEW`, `DB_MIGRATION_FAILED`) still throw: the hosts report them and quit.
 */
export function startSession(
  options: StartOptions,
  clock: () => Date = () => new Date(),
): AppSession {
  const dataFile = options.dbFile === ':memory:' ? ':memory:' : resolve(options.dbFile);
  const shared = {
    files: createFileTransfers(dataFile, options.transfers),
    events: createEventHub(),
  };
  try {
    const services = startServices({ ...options, shared });
    return {
      registry: services.registry,
      damaged: null,
      services: () => services,
      ...shared,
      close: () => {
        services.close();
        shared.files.close();
      },
    };
  } catch (error) {
    if (!isDamaged(error) || options.dbFile === ':memory:') {
      shared.files.close();
      throw error;
    }
    return recoverySession({ ...options, shared }, (error as AppError).details?.damage, clock());
  }
}

function recoverySession(
  options: StartOptions & { shared: { files: FileTransfers; events: EventHub } },
  damage: unknown,
  at: Date,
): AppSession {
  const dataFile = resolve(options.dbFile);
  const moved = moveAside(dataFile, at);
  log.warn(`damaged data file (${String(damage)}) moved to ${moved.database}`);
  const damaged: DamagedStart = {
    state: 'damaged',
    damage: isDamageKind(damage) ? damage : 'malformed',
    dataFile,
    movedTo: moved.database,
    companions: moved.companions,
    detectedAt: at.toISOString(),
    backups: [],
  };
  const info: AppInfo = { version: options.version, dataFile, host: options.host };
  const backupFolder = folderOfDamaged(moved.database, dataFile);
  let services: AppServices | null = null;
  let restoring = false;

  /** The user's choice "start with an empty database": no demo, they came for their own data. */
  function startEmpty(): RecoveryStatus {
    const fresh = startServices({ ...options, seedDemo: false });
    const { ctx } = fresh;
    // Nobody is named in a brand-new file yet, and the audit trail must not say "web": the
    // entry is the recovery's own, and the user names the operator on the next screen.
    write({ db: ctx.db, actor: RECOVERY_ACTOR, now: ctx.now }, (tx) =>
      tx.audit({
        action: 'recovery-start-empty',
        entity: 'database',
        entityId: dataFile,
        after: { movedTo: damaged.movedTo, damage: damaged.damage },
      }),
    );
    services = fresh;
    return { state: 'ok' };
  }

  /**
   * The user's choice "restore this backup": a new database at the data path, replaced by the
   * backup's (checked whole first, migrated when older). Nothing to undo: there was no data. If
   * it fails the new file is removed again and the screen stays, with the error.
   */
  async function restore(name: string): Promise<RecoveryStatus> {
    if (restoring)
      throw new AppError('CONFLICT', 'A restore is already running', { entity: 'database' });
    restoring = true;
    // No start backup of the empty file: it would count in today's rotation and could push out
    // one of the good backups the user is choosing from. The schedule starts after the restore.
    const fresh = startServices({ ...options, seedDemo: false, backupSchedule: false });
    try {
      await restoreFile(fresh.ctx, join(backupFolder, name), { undo: false });
      const schedule = options.backupSchedule
        ? startBackupSchedule(fresh.ctx, {
            ...(options.backupSchedule === true ? {} : options.backupSchedule),
            atStart: false,
          })
        : null;
      services = {
        ...fresh,
        close: () => {
          schedule?.stop();
          fresh.close();
        },
      };
      return { state: 'ok' };
    } catch (error) {
      fresh.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(dataFile + suffix, { force: true });
      throw error;
    } finally {
      restoring = false;
    }
  }

  async function answer<T>(run: () => T | Promise<T>, what: string): Promise<Result<T>> {
    try {
      return ok(await run());
    } catch (error) {
      if (error instanceof AppError) return fail(error.toPayload());
      log.error(`${what} failed`, error);
      return fail({ code: 'INTERNAL', message: 'Internal error' });
    }
  }

  async function call(method: string, input: unknown): Promise<Result<unknown>> {
    if (services) return services.registry.call(method, input);
    const checked = checkCall(method, input);
    if (!checked.ok) return checked;
    switch (checked.data.method) {
      case 'app.info':
        return ok(info);
      case 'recovery.status':
        return answer(
          async () => ({ ...damaged, backups: await backupsToRecoverFrom(backupFolder) }),
          'listing backups',
        );
      case 'recovery.startEmpty':
        return answer(startEmpty, 'starting with an empty database');
      case 'recovery.restore':
        return answer(
          () => restore((checked.data.input as { name: string }).name),
          'restoring a backup',
        );
      default:
        return fail({
          code: 'DB_DAMAGED',
          message: 'The data file is damaged; choose how to continue first',
          details: { movedTo: damaged.movedTo },
        });
    }
  }

  return {
    registry: { call, methods: METHOD_NAMES },
    damaged,
    services: () => services,
    ...options.shared,
    close: () => {
      services?.close();
      services = null;
      options.shared.files.close();
    },
  };
}
