import { createLogger } from '../../logger';
import { onCommit } from '../../store/write';
import type { ServiceContext } from '../context';
import { takeBackup } from './take';

const log = createLogger('backups');

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupSchedule {
  /** The start backup (resolved when it is written, or failed and logged). */
  readonly started: Promise<void>;
  /** What the timer does every interval: a backup if something was committed since the last. */
  tick(): Promise<void>;
  stop(): void;
}

/**
 * The automatic backups of a running app: one at start (once the first screens are answered:
 * `startWhen`), then one every `intervalMs` while
 * something was committed since the last (a commit listener sets the flag). A failed backup is
 * logged and tried again at the next tick; it never stops the app.
 */
export function startBackupSchedule(
  ctx: ServiceContext,
  options: {
    intervalMs?: number;
    atStart?: boolean;
    /** The start backup waits for this (the app's first calls answered); see call-activity.ts. */
    startWhen?: Promise<void>;
  } = {},
): BackupSchedule {
  let dirty = false;
  let stopped = false;
  const stopListening = onCommit((db) => {
    if (db === ctx.db) dirty = true;
  });
  const run = async (kind: 'start' | 'interval'): Promise<void> => {
    if (stopped) return;
    try {
      await takeBackup(ctx, { kind });
    } catch (error) {
      if (kind === 'interval') dirty = true;
      if (!stopped) log.error(`the ${kind} backup failed`, error);
    }
  };
  const tick = (): Promise<void> => {
    if (!dirty) return Promise.resolve();
    dirty = false;
    return run('interval');
  };
  const started =
    options.atStart === false
      ? Promise.resolve()
      : (options.startWhen ?? Promise.resolve()).then(() => run('start'));
  const timer = setInterval(() => void tick(), options.intervalMs ?? BACKUP_INTERVAL_MS);
  timer.unref();
  return {
    started,
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      stopListening();
    },
  };
}
