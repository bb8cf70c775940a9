import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { version } from '../../package.json';
import type { RestorePreview } from '../../shared/domain/views/backups';
import { setQuiet } from '../logger';
import type { AppServices } from '../services/app';
import { previewFile, restoreFile, takeBackup } from '../services/backups';
import { startSession } from '../services/recovery';
import { reportDamage } from './damage';
import type { CliIo } from './io';

export interface BackupValues {
  db?: string | undefined;
  to?: string | undefined;
  from?: string | undefined;
  yes?: boolean | undefined;
}

/** Opens an existing data file; a damaged one is reported (it was moved aside) with exit 1. */
export function openExisting(
  t: TFunction,
  io: CliIo,
  db: string | undefined,
  command: 'backup' | 'restore' | 'verify' | 'export-package' | 'import-package',
): AppServices | number {
  if (!db) {
    io.err(t('cli.dbRequired'));
    io.err(t(`cli.help_${command}`));
    return 2;
  }
  if (!existsSync(db)) {
    io.err(t('cli.dbMissing', { file: resolve(db) }));
    return 1;
  }
  setQuiet(true);
  const session = startSession({ dbFile: db, host: 'cli', version });
  const services = session.services();
  if (!services) {
    if (session.damaged) reportDamage(t, io, session.damaged);
    io.err(t('cli.damagedBackup'));
    session.close();
    return 1;
  }
  return services;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** `xingping backup --db F [--to DIR]`: one verified backup, rotated with the others there. */
export async function runBackup(t: TFunction, io: CliIo, values: BackupValues): Promise<number> {
  const services = openExisting(t, io, values.db, 'backup');
  if (typeof services === 'number') return services;
  try {
    const folder = values.to === undefined ? undefined : resolve(values.to);
    if (folder) mkdirSync(folder, { recursive: true });
    const made = await takeBackup(services.ctx, {
      kind: 'manual',
      ...(folder ? { folder } : {}),
    });
    io.out(t('cli.backupDone', { file: made.file, size: megabytes(made.bytes) }));
    return 0;
  } finally {
    services.close();
  }
}

function printPreview(t: TFunction, io: CliIo, preview: RestorePreview): void {
  io.out(
    t('cli.restorePreview', {
      takenAt: preview.backup.takenAt,
      operator: preview.backup.operator || '—',
      schema: preview.held.schemaVersion,
      current: preview.current.schemaVersion,
      lastBackup: preview.held.lastChangeAt ?? '—',
      lastCurrent: preview.current.lastChangeAt ?? '—',
    }),
  );
  for (const row of preview.counts)
    io.out(`  ${row.table.padEnd(20)} ${String(row.current).padStart(9)} → ${row.backup}`);
}

/**
 * `xingping restore --db F --from X.xpbak [--yes]`: without --yes only shows what the backup
 * holds against the current data; with it, saves the current data as a pinned backup and
 * restores.
 */
export async function runRestore(t: TFunction, io: CliIo, values: BackupValues): Promise<number> {
  if (!values.from) {
    io.err(t('cli.fromRequired'));
    io.err(t('cli.help_restore'));
    return 2;
  }
  const from = resolve(values.from);
  const services = openExisting(t, io, values.db, 'restore');
  if (typeof services === 'number') return services;
  try {
    printPreview(t, io, await previewFile(services.ctx, from));
    if (!values.yes) {
      io.out(t('cli.restoreNeedsYes'));
      return 0;
    }
    const outcome = await restoreFile(services.ctx, from);
    io.out(t('cli.restoreDone', { from, undo: outcome.undoBackup ?? '—' }));
    return 0;
  } finally {
    services.close();
  }
}
