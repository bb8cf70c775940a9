import type { BackupSummary } from './backups';

/**
 * What the app tells the user when it could not open the data file at start (issue #15), and
 * what they may do about it. The damaged file has already been moved aside, never deleted.
 */

/** How a data file was found damaged before anything wrote to it. */
export const DAMAGE_KINDS = ['empty', 'not-a-database', 'truncated', 'malformed'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

export function isDamageKind(value: unknown): value is DamageKind {
  return (DAMAGE_KINDS as readonly unknown[]).includes(value);
}

/**
 * A backup the user could start from instead: the backups in the folder the damaged file named
 * (or the default `backups/` beside it), newest first; `recovery.restore` restores one.
 */
export type RecoveryBackup = BackupSummary;

export type RecoveryStatus =
  | { state: 'ok' }
  | {
      state: 'damaged';
      damage: DamageKind;
      /** Where the app keeps its data; a new database goes here once the user chooses. */
      dataFile: string;
      /** Where the damaged file was moved to. */
      movedTo: string;
      /** Its -wal/-shm/-journal files, moved along beside it. */
      companions: string[];
      detectedAt: string;
      /** Newest first, readable ones only (see RecoveryBackup). */
      backups: RecoveryBackup[];
    };
