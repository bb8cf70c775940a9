import Database from 'better-sqlite3';
import type { BackupSummary } from '../../../shared/domain/views/backups';
import { FOLDER_KEY, defaultFolder, listFolder } from './folder';
import { readMeta } from './queries';

/**
 * Where the backups of a damaged data file are: the folder its settings named, when the moved
 * file can still tell (best effort: it is damaged), else the default beside the data file.
 */
export function folderOfDamaged(movedTo: string, dataFile: string): string {
  try {
    const db = new Database(movedTo, { readonly: true, fileMustExist: true });
    try {
      return readMeta(db, FOLDER_KEY) ?? defaultFolder(dataFile);
    } finally {
      db.close();
    }
  } catch {
    return defaultFolder(dataFile);
  }
}

/** The readable backups there, newest first, for the recovery screen. */
export async function backupsToRecoverFrom(folder: string): Promise<BackupSummary[]> {
  return (await listFolder(folder))
    .filter((entry) => entry.manifest !== null)
    .map((entry) => entry.summary);
}
