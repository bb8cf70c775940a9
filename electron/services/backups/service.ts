import { accessSync, constants, mkdirSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { BackupSummary, BackupsView } from '../../../shared/domain/views/backups';
import { AppError } from '../../../shared/errors';
import { deleteMeta, getMeta, setMeta } from '../../store/queries/meta';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import {
  FOLDER_KEY,
  RETENTION_KEY,
  backupFolder,
  defaultFolder,
  listFolder,
  onSameDisk,
  retentionSetting,
  withPin,
} from './folder';
import type { RetentionPolicy } from './retention';
import { DEFAULT_RETENTION } from './retention';
import { serialized, takeBackup } from './take';

export async function listBackups(ctx: ServiceContext): Promise<BackupsView> {
  const folder = backupFolder(ctx);
  return {
    folder,
    isDefaultFolder: getMeta(ctx.db, FOLDER_KEY) === undefined,
    sameDisk: onSameDisk(folder, ctx.info.dataFile),
    backups: (await listFolder(folder)).map((entry) => entry.summary),
    retention: retentionSetting(ctx),
  };
}

export function createBackup(
  ctx: ServiceContext,
  input: { pinned: boolean },
): Promise<BackupSummary> {
  return takeBackup(ctx, { kind: 'manual', pinned: input.pinned });
}

export function pinBackup(
  ctx: ServiceContext,
  input: { name: string; pinned: boolean },
): Promise<BackupSummary> {
  return serialized(ctx, async () => {
    const folder = backupFolder(ctx);
    const listed = await listFolder(folder);
    const found = listed.find((entry) => entry.summary.name === input.name);
    if (!found)
      throw new AppError('NOT_FOUND', `No backup named ${input.name}`, { entity: 'backup' });
    const target = withPin(input.name, input.pinned);
    if (target !== input.name) await rename(join(folder, input.name), join(folder, target));
    return { ...found.summary, name: target, pinned: input.pinned };
  });
}

/**
 * Where backups go: an absolute folder the app can write to (a USB stick, a second drive), or
 * null for the default beside the database. Created if missing; refused, naming the folder,
 * when it cannot be written.
 */
export function setBackupFolder(
  ctx: ServiceContext,
  input: { folder: string | null },
): Promise<BackupsView> {
  const chosen = input.folder === null ? null : resolve(input.folder);
  if (chosen !== null) {
    if (!isAbsolute(input.folder ?? ''))
      throw new AppError('INVALID_INPUT', 'The backup folder must be a full path', {
        path: 'folder',
        reason: 'backupFolderNotAbsolute',
      });
    try {
      mkdirSync(chosen, { recursive: true });
      accessSync(chosen, constants.W_OK);
    } catch {
      throw new AppError('INVALID_INPUT', `Cannot write to ${chosen}`, {
        path: 'folder',
        reason: 'backupFolderNotWritable',
        folder: chosen,
      });
    }
  }
  write(ctx, () => {
    if (chosen === null || chosen === defaultFolder(ctx.info.dataFile))
      deleteMeta(ctx.db, FOLDER_KEY);
    else setMeta(ctx.db, FOLDER_KEY, chosen);
  });
  return listBackups(ctx);
}

/**
 * How many backups rotation keeps (from today, and in all; one per earlier day in between).
 * The default is stored as no setting. Applied at the next backup: lowering the numbers never
 * deletes anything at once, so a slip of the keyboard costs nothing.
 */
export async function setBackupRetention(
  ctx: ServiceContext,
  input: RetentionPolicy,
): Promise<BackupsView> {
  if (input.keepToday > input.keepTotal)
    throw new AppError('INVALID_INPUT', 'Keeping more backups of today than in all', {
      path: 'keepToday',
      reason: 'retentionTodayOverTotal',
    });
  write(ctx, () => {
    const isDefault =
      input.keepToday === DEFAULT_RETENTION.keepToday &&
      input.keepTotal === DEFAULT_RETENTION.keepTotal;
    if (isDefault) deleteMeta(ctx.db, RETENTION_KEY);
    else setMeta(ctx.db, RETENTION_KEY, JSON.stringify(input));
  });
  return listBackups(ctx);
}
