import type { backupsContract } from '../../../shared/api/backups';
import type { HandlerGroup } from '../registry';
import { previewRestore, restoreBackup } from './restore';
import {
  createBackup,
  listBackups,
  pinBackup,
  setBackupFolder,
  setBackupRetention,
} from './service';

export const backupsHandlers: HandlerGroup<typeof backupsContract> = {
  'backups.list': (_input, ctx) => listBackups(ctx),
  'backups.create': (input, ctx) => createBackup(ctx, input),
  'backups.pin': (input, ctx) => pinBackup(ctx, input),
  'backups.setFolder': (input, ctx) => setBackupFolder(ctx, input),
  'backups.setRetention': (input, ctx) => setBackupRetention(ctx, input),
  'backups.preview': (input, ctx) => previewRestore(ctx, input),
  'backups.restore': (input, ctx) => restoreBackup(ctx, input),
};
