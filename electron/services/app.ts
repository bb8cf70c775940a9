import { resolve } from 'node:path';
import type { AppInfo } from '../../shared/domain/views';
import type { EventHub } from '../events';
import { createEventHub } from '../events';
import type { FileTransfers, TransferOptions } from '../files/transfers';
import { createFileTransfers } from '../files/transfers';
import type { LimitOverrides } from '../jobs/limits';
import { createJobRunner } from '../jobs/runner';
import { resolveWorkerFile } from '../jobs/worker-file';
import { REMEMBER_FROM_BYTES } from '../store/checked';
import { closeStore, openStore } from '../store/open';
import type { ContextOptions, ServiceContext } from './context';
import { createContext } from './context';
import { seedDemoIfEmpty } from './demo';
import { installCapture, registerRestoreHooks } from './exchange';
import { rmSync, statSync } from 'node:fs';
import type { BackupSummary } from '../../shared/domain/views/backups';
import { createLogger } from '../logger';
import type { BackupSchedule } from './backups';
import {
  packSnapshot,
  snapshotBeforeMigration,
  startBackupSchedule,
  sweepLeftovers,
} from './backups';
import { handlers } from './handlers';
import { tuneHeap } from './heap';
import type { Registry } from './registry';
import { createRegistry } from './registry';
import { countingCalls, createCallActivity } from './call-activity';

export interface AppServices {
  registry: Registry;
  ctx: ServiceContext;
  /** The contract's events, for the host to forward to its pages. */
  events: EventHub;
  /**
   * The pinned backup of the data as an older Xingping left it, when this start upgraded the
   * schema (null otherwise, or when it could not be made: that is logged).
   */
  migrationBackup: Promise<BackupSummary | null>;
  close(): void;
}

const log = createLogger('app');

export interface StartOptions extends ContextOptions {
  dbFile: string;
  host: AppInfo['host'];
  version: string;
  /**
   * Create the demo campaign when the database has none (tests that start from the demo). The
   * app never seeds silently: a new database opens on the welcome screen, which offers the demo.
   */
  seedDemo?: boolean;
  /** Tighter (or looser) worker limits per task, e.g. to prove a stopped job in a test. */
  jobLimits?: LimitOverrides;
  /** Hold and link lifetimes and their clock, for tests. */
  transfers?: TransferOptions;
  /** Keep a worker started ahead for heavy work (the app and the web host; not tests). */
  prewarmWorker?: boolean;
  /**
   * Files and events owned by the host's session (which outlives a recovery, when the services
   * start only after the user's choice); the services use them and leave closing to the owner.
   */
  shared?: { files: FileTransfers; events: EventHub };
  /**
   * Automatic backups: one at start, then every 15 minutes while something changed (the app
   * and the web host; tests that do not look at backups leave it off).
   */
  backupSchedule?: boolean | { intervalMs: number };
}

/**
 * How long the calls must be quiet before the start backup of a large file (from 64 MB, as the
 * remembered start-up check), and its latest start.
 */
const START_BACKUP_QUIET_MS = 3_000;
const START_BACKUP_LATEST_MS = 60_000;

/** Opens the store and wires the registry: the same start-up for Electron, web host and CLI. */
export function startServices(options: StartOptions): AppServices {
  tuneHeap();
  const dataFile = options.dbFile === ':memory:' ? ':memory:' : resolve(options.dbFile);
  // Before the store upgrades an existing database: a copy as it is, packed once started.
  const pending = snapshotBeforeMigration(dataFile);
  let db: ReturnType<typeof openStore>;
  try {
    db = openStore(dataFile);
  } catch (error) {
    if (pending) rmSync(pending.work, { recursive: true, force: true });
    throw error;
  }
  const files = options.shared?.files ?? createFileTransfers(dataFile, options.transfers);
  const closeFiles = () => {
    if (!options.shared) files.close();
  };
  try {
    const events = options.shared?.events ?? createEventHub();
    const info = { version: options.version, dataFile, host: options.host };
    let ctx: ServiceContext | null = null;
    const jobs = createJobRunner({
      workerFile: resolveWorkerFile,
      events,
      limits: options.jobLimits ?? {},
      prewarm: options.prewarmWorker ?? false,
      env: () => ({
        dataFile,
        now: ctx?.now() ?? new Date().toISOString(),
        actor: ctx?.actor ?? options.host,
        info,
      }),
    });
    ctx = createContext(db, info, { files, jobs, events }, options);
    registerRestoreHooks();
    installCapture(ctx);
    if (options.seedDemo === true) seedDemoIfEmpty(ctx);
    sweepLeftovers(ctx);
    const schedule = options.backupSchedule;
    // The start backup of a large file holds main for seconds (row counts, hashing): it waits
    // until the first screens' calls have been quiet for a moment, a minute at most. A small
    // file's (a county's, ~12 MB) costs little and is taken at once, as before.
    const activity = createCallActivity();
    const large = dataFile !== ':memory:' && statSync(dataFile).size >= REMEMBER_FROM_BYTES;
    const backups: BackupSchedule | null = schedule
      ? startBackupSchedule(ctx, {
          ...(schedule === true ? {} : schedule),
          ...(large
            ? { startWhen: activity.whenQuiet(START_BACKUP_QUIET_MS, START_BACKUP_LATEST_MS) }
            : {}),
        })
      : null;
    const live = ctx;
    const migrationBackup = pending
      ? packSnapshot(ctx, pending).catch((error: unknown) => {
          log.error('the backup from before the upgrade could not be packed', error);
          return null;
        })
      : Promise.resolve(null);
    return {
      migrationBackup,
      registry: countingCalls(createRegistry(handlers, ctx), activity),
      ctx,
      events,
      close: () => {
        backups?.stop();
        void jobs.close();
        closeFiles();
        // A restore swaps the connection: close the one in use now.
        closeStore(live.db);
      },
    };
  } catch (error) {
    closeFiles();
    db.close();
    throw error;
  }
}
