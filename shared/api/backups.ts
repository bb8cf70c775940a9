import { z } from 'zod';
import type {
  BackupSummary,
  BackupsView,
  RestoreOutcome,
  RestorePreview,
} from '../domain/views/backups';
import { method } from './method';

/** A backup file's name inside the backup folder: no path, only what the service writes. */
export const backupFileName = z
  .string()
  .max(200)
  .regex(/^[^/\\]+\.xpbak$/u);

/** Backups and restore (issue #15 points 1–2; docs/reliability.md, "Backups and restore"). */
export const backupsContract = {
  'backups.list': method(z.strictObject({})).returns<BackupsView>(),
  /** A backup by hand ("立即备份"); pinned ones are never removed by rotation. */
  'backups.create': method(
    z.strictObject({ pinned: z.boolean().default(false) }),
  ).returns<BackupSummary>(),
  'backups.pin': method(
    z.strictObject({ name: backupFileName, pinned: z.boolean() }),
  ).returns<BackupSummary>(),
  /** An absolute folder, or null for the default `backups/` beside the database. */
  'backups.setFolder': method(
    z.strictObject({ folder: z.string().trim().min(1).max(1000).nullable() }),
  ).returns<BackupsView>(),
  /** Rotation: backups kept from today and in all (one per earlier day in between). */
  'backups.setRetention': method(
    z.strictObject({
      keepToday: z.int().min(1).max(50),
      keepTotal: z.int().min(1).max(500),
    }),
  ).returns<BackupsView>(),
  /** Reads the backup whole (checking it) and compares it with the current data. */
  'backups.preview': method(z.strictObject({ name: backupFileName })).returns<RestorePreview>(),
  /** Saves the current data as a pinned backup, then replaces it with the backup's. */
  'backups.restore': method(z.strictObject({ name: backupFileName })).returns<RestoreOutcome>(),
} as const;
