import { createLogger } from '../../logger';
import { onCommit } from '../../store/write';
import type { ServiceContext } from '../context';
import { takeBackup } from './take';

const log = createLogger('backups');

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupSchedule {
  stop(): void;
}

/**
 * The automatic backups of a running app: one at start, then one every `intervalMs` while
 * something was committed since the last (a commit listener sets the flag). A failed backup is
 * logged and tried again at the next tick; it never stops the app.
 */
export function startBackupSchedule(
  ctx: ServiceContext,
  options: { intervalMs?: number; atStart?: boolean } = {},
): BackupSchedule {
  let dirty = false;
  let stopped = false;
  const stopListening = onCommit((db) => {
    if (db === ctx.db) dirty = true;
  });
  const run = (kind: 'start' | 'interval') => {
    if (stopped) return;
    takeBackup(ctx, { kind }).catch((error: unknown) => {
      if (kind === 'interval') dirty = true;
      log.error(`the ${kind} backup failed`, error);
    });
  };
  if (options.atStart ?? true) run('start');
  const timer = setInterval(() => {
    if (!dirty) return;
    dirty = false;
    run('interval');
  }, options.intervalMs ?? BACKUP_INTERVAL_MS);
  timer.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      stopListening();
    },
  };
}
