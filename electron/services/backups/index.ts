/**
 * The backups capability's public face. Other capabilities call `backupBefore(ctx, kind)`
 * before a risky step; hosts start the automatic schedule; the recovery screen lists and
 * restores backups of a file that was moved aside.
 */
export { backupBefore, packSnapshot, takeBackup } from './take';
export { snapshotBeforeMigration } from './before-migration';
export type { PendingSnapshot } from './before-migration';
export { startBackupSchedule, BACKUP_INTERVAL_MS } from './schedule';
export { sweepLeftovers } from './leftovers';
export type { BackupSchedule } from './schedule';
export { previewFile, restoreFile } from './restore';
export { onRestore } from './restore-hooks';
export type { RestoreHooks } from './restore-hooks';
export { defaultFolder, listFolder } from './folder';
export type { TakenBackup } from './take';
export { listBackups } from './service';
export { backupsToRecoverFrom, folderOfDamaged } from './recovery';
