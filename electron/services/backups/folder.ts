import { mkdirSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BackupCheck, BackupSummary } from '../../../shared/domain/views/backups';
import { getMeta } from '../../store/queries/meta';
import type { ServiceContext } from '../context';
import type { Manifest } from './manifest';
import type { RetentionPolicy } from './retention';
import { DEFAULT_RETENTION } from './retention';
import { readManifest } from './verify';

/** The settings (in `meta`, like the other preferences of this data file). */
export const FOLDER_KEY = 'backups.folder';
export const RETENTION_KEY = 'backups.retention';

/** This laptop's settings that a restore carries over into the restored data. */
export const CARRIED_KEYS = [FOLDER_KEY, RETENTION_KEY] as const;

export const EXTENSION = '.xpbak';
const PINNED_MARK = '.pinned';

export function defaultFolder(dataFile: string): string {
  return dataFile === ':memory:'
    ? join(tmpdir(), 'xingping-backups')
    : join(dirname(dataFile), 'backups');
}

/** How many backups rotation keeps: the user's setting, or 3 from today and 10 in all. */
export function retentionSetting(ctx: ServiceContext): RetentionPolicy {
  const stored = getMeta(ctx.db, RETENTION_KEY);
  if (stored === undefined) return DEFAULT_RETENTION;
  try {
    const { keepToday, keepTotal } = JSON.parse(stored) as Partial<RetentionPolicy>;
    if (isCount(keepToday) && isCount(keepTotal) && keepToday <= keepTotal)
      return { keepToday, keepTotal };
  } catch {
    // A setting written by hand and broken: the default keeps backups rather than none.
  }
  return DEFAULT_RETENTION;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 500;
}

export function backupFolder(ctx: ServiceContext): string {
  return getMeta(ctx.db, FOLDER_KEY) ?? defaultFolder(ctx.info.dataFile);
}

/** The same device number: one failing disk (or one stolen laptop) would take both. */
export function onSameDisk(folder: string, dataFile: string): boolean {
  if (dataFile === ':memory:') return false;
  try {
    mkdirSync(folder, { recursive: true });
    return statSync(folder).dev === statSync(dirname(dataFile)).dev;
  } catch {
    return false;
  }
}

/** Pinning is the file name (`….pinned.xpbak`): a rename, atomic, never rewriting the backup. */
export function isPinnedName(name: string): boolean {
  return name.endsWith(PINNED_MARK + EXTENSION);
}

export function withPin(name: string, pinned: boolean): string {
  const stem = name.slice(0, -EXTENSION.length).replace(/\.pinned$/u, '');
  return stem + (pinned ? PINNED_MARK : '') + EXTENSION;
}

/** `xingping-20261204-201500-manual.xpbak`: sorts by time, says why, safe on FAT. */
export function backupName(takenAt: string, kind: string, pinned: boolean, n: number): string {
  const stamp = takenAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `xingping-${stamp}-${kind}${n > 1 ? `-${n}` : ''}${pinned ? PINNED_MARK : ''}${EXTENSION}`;
}

/**
 * What this process knows of each file's full check, keyed by path and invalidated by a change
 * of size or time (a file replaced behind our back is unchecked again).
 */
const checks = new Map<string, { bytes: number; mtimeMs: number; check: BackupCheck }>();

export async function rememberCheck(file: string, check: BackupCheck): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (info) checks.set(file, { bytes: info.size, mtimeMs: info.mtimeMs, check });
}

function knownCheck(file: string, bytes: number, mtimeMs: number): BackupCheck {
  const known = checks.get(file);
  return known && known.bytes === bytes && known.mtimeMs === mtimeMs ? known.check : 'unchecked';
}

export function summarize(
  name: string,
  manifest: Manifest,
  bytes: number,
  check: BackupCheck,
): BackupSummary {
  const rows = manifest.rowCounts;
  return {
    name,
    takenAt: manifest.takenAt,
    kind: manifest.kind,
    operator: manifest.operator,
    bytes,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    pinned: isPinnedName(name),
    check,
    campaigns: rows['campaigns'] ?? 0,
    branches: rows['campaign_branches'] ?? 0,
    sheets: rows['score_sheets'] ?? 0,
  };
}

export interface ListedBackup {
  summary: BackupSummary;
  /** Null when the file could not even be read as a backup. */
  manifest: Manifest | null;
}

/** Every `.xpbak` in the folder, newest first; unreadable ones listed as damaged. */
export async function listFolder(folder: string): Promise<ListedBackup[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const listed: ListedBackup[] = [];
  for (const name of names) {
    if (!name.endsWith(EXTENSION) || name.startsWith('.')) continue;
    const file = join(folder, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    try {
      const manifest = await readManifest(file);
      listed.push({
        summary: summarize(name, manifest, info.size, knownCheck(file, info.size, info.mtimeMs)),
        manifest,
      });
    } catch {
      listed.push({
        manifest: null,
        summary: {
          name,
          takenAt: info.mtime.toISOString(),
          kind: null,
          operator: '',
          bytes: info.size,
          appVersion: '',
          schemaVersion: 0,
          pinned: isPinnedName(name),
          check: 'damaged',
          campaigns: 0,
          branches: 0,
          sheets: 0,
        },
      });
    }
  }
  return listed.sort((a, b) => b.summary.takenAt.localeCompare(a.summary.takenAt));
}
