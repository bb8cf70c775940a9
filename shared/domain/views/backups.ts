/**
 * Backups and restore (issue #15 points 1–2): what the Backups page and the recovery screen
 * show. A backup is one `.xpbak` file (a zip holding the database snapshot and its manifest) in
 * the backup folder.
 */

/** Why a backup was taken. Later steps (merge, freeze, naming) add their own kind here. */
export const BACKUP_KINDS = [
  'start',
  'interval',
  'manual',
  'import',
  'template-apply',
  'restore',
  'migration',
  'campaign-delete',
  'merge',
  'freeze',
  'naming',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * Whether the file was checked whole (opened read-only, `integrity_check`, counts and SHA-256
 * equal to its manifest): at the time it was written, or since, by a restore preview.
 * 'unchecked' only means this run of the app has not read it through yet.
 */
export type BackupCheck = 'verified' | 'unchecked' | 'damaged';

export interface BackupSummary {
  /** The file name inside the backup folder: the backup's id in every call. */
  name: string;
  takenAt: string;
  /** Null for a file that could not be read as a backup at all. */
  kind: BackupKind | null;
  operator: string;
  /** Size of the .xpbak file in bytes. */
  bytes: number;
  appVersion: string;
  schemaVersion: number;
  pinned: boolean;
  check: BackupCheck;
  /** Rows in the main tables, from the manifest. */
  campaigns: number;
  branches: number;
  sheets: number;
}

export interface BackupsView {
  /** The folder backups go to (absolute). */
  folder: string;
  /** True when that folder is the default `backups/` beside the database. */
  isDefaultFolder: boolean;
  /**
   * The folder is on the same disk as the database: a failing disk or a lost laptop takes
   * both. The page warns and suggests a USB stick or a second drive.
   */
  sameDisk: boolean;
  /** Newest first. A file that cannot be read at all is listed as damaged. */
  backups: BackupSummary[];
  /** How many unpinned backups rotation keeps: from today, and in all. */
  retention: { keepToday: number; keepTotal: number };
}

/** The tables a person recognises, in the order a restore preview lists them. */
export const MAIN_TABLES = [
  'org_units',
  'campaigns',
  'campaign_branches',
  'evaluators',
  'rounds',
  'score_sheets',
  'scores',
  'evidence_files',
  'meetings',
  'audit_log',
] as const;
export type MainTable = (typeof MAIN_TABLES)[number];

/** One main table, now and in the backup. */
export interface RestoreCount {
  table: MainTable;
  current: number;
  backup: number;
}

export interface RestorePreview {
  backup: BackupSummary;
  counts: RestoreCount[];
  current: { schemaVersion: number; lastChangeAt: string | null };
  /** The backup's schema and last audited change. */
  held: { schemaVersion: number; lastChangeAt: string | null };
  /** An older schema is brought up to date when restored. */
  willMigrate: boolean;
}

export interface RestoreOutcome {
  restored: string;
  /**
   * The pinned backup of the data as it was just before: restoring it undoes this restore.
   * Null only on the recovery screen, where there was no data to keep.
   */
  undoBackup: string | null;
}
