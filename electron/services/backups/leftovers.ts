import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createLogger } from '../../logger';
import type { ServiceContext } from '../context';
import { backupFolder } from './folder';

const log = createLogger('backups');

/**
 * How old a hidden work file must be before start-up removes it. A backup or restore still
 * running in another process (`xingping backup` beside the open app) keeps its files fresh for
 * minutes at most; an hour old means the process that made them was killed.
 */
export const LEFTOVER_AGE_MS = 60 * 60 * 1000;

const WORK_FOLDER = /^\.work-/;
const RESTORE_COPY = /^\.xingping-restore-[0-9a-f-]+\.sqlite(?:-wal|-shm|-journal)?$/;

function sweep(folder: string, pattern: RegExp, before: number): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return []; // No folder yet: nothing was ever left in it.
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(folder, name);
    try {
      if (statSync(path).mtimeMs > before) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch (error) {
      log.warn(`could not remove the leftover ${path}: ${String(error)}`);
    }
  }
  return removed;
}

/**
 * Removes what a backup or restore killed half-way (power cut, kill -9) left behind: work
 * folders beside the backups and restore copies beside the database. Only hidden files of the
 * app's own naming, and only old ones; a finished backup is never touched. Answers the paths
 * removed. Called once at start; it never fails the start.
 */
export function sweepLeftovers(ctx: ServiceContext, now = Date.now()): string[] {
  const before = now - LEFTOVER_AGE_MS;
  const removed = sweep(backupFolder(ctx), WORK_FOLDER, before);
  if (ctx.info.dataFile !== ':memory:') {
    removed.push(...sweep(dirname(ctx.info.dataFile), RESTORE_COPY, before));
  }
  if (removed.length > 0) log.info(`removed ${removed.length} leftover backup work file(s)`);
  return removed;
}
