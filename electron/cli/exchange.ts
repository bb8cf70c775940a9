import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import type { ExchangeScope, PackageSummary } from '../../shared/domain/views/exchange';
import type { AppServices } from '../services/app';
import { importPackage, listTownships, previewPackage, writePackage } from '../services/exchange';
import { openExisting } from './backup';
import type { CliIo } from './io';

export interface ExchangeValues {
  db?: string | undefined;
  out?: string | undefined;
  since?: string | undefined;
  township?: string | undefined;
  preview?: boolean | undefined;
}

/**
 * `xingping export-package --db F --out FILE.xpsync [--since REPLICA | --township NAME]`: the
 * data's operations (all of them, those since the last package to that laptop, or what one
 * township needs to score offline), signed, for another laptop.
 */
export async function runExportPackage(
  t: TFunction,
  io: CliIo,
  values: ExchangeValues,
): Promise<number> {
  if (!values.out || !values.out.toLowerCase().endsWith('.xpsync')) {
    io.err(t('cli.help_export-package'));
    return 2;
  }
  const services = openExisting(t, io, values.db, 'export-package');
  if (typeof services === 'number') return services;
  const scope = scopeOf(services, values);
  if (scope === null) {
    io.err(t('cli.packageNoTownship', { name: values.township }));
    services.close();
    return 2;
  }
  const target = resolve(values.out);
  // Written beside the target and renamed: a stick pulled out mid-way leaves no half package.
  const work = `${target}.part`;
  try {
    const made = await writePackage(services.ctx, scope, work);
    await rename(work, target);
    io.out(t('cli.packageWritten', { file: target, ...made }));
    return 0;
  } finally {
    await rm(work, { force: true });
    services.close();
  }
}

/** The scope the options ask for; null for a township this data does not have. */
function scopeOf(services: AppServices, values: ExchangeValues): ExchangeScope | null {
  if (values.since) return { kind: 'since', peer: values.since };
  if (values.township === undefined) return { kind: 'all' };
  const wanted = values.township.trim();
  const found = listTownships(services.ctx.db).find((t) => t.name === wanted || t.id === wanted);
  return found ? { kind: 'township', townshipId: found.id } : null;
}

/**
 * `xingping import-package FILE.xpsync --db F [--preview]`: checks the package, then merges it
 * (after a backup), or with --preview only says what merging would do.
 */
export async function runImportPackage(
  t: TFunction,
  io: CliIo,
  file: string | undefined,
  values: ExchangeValues,
): Promise<number> {
  if (!file) {
    io.err(t('cli.help_import-package'));
    return 2;
  }
  if (!existsSync(file)) {
    io.err(t('cli.verifyFileMissing', { file: resolve(file) }));
    return 1;
  }
  const services = openExisting(t, io, values.db, 'import-package');
  if (typeof services === 'number') return services;
  try {
    const summary = values.preview
      ? await previewPackage(services.ctx, resolve(file))
      : await importPackage(services.ctx, resolve(file));
    printSummary(t, io, basename(file), summary, values.preview === true);
    return 0;
  } finally {
    services.close();
  }
}

function printSummary(
  t: TFunction,
  io: CliIo,
  name: string,
  summary: PackageSummary,
  preview: boolean,
): void {
  io.out(
    t(preview ? 'cli.packagePreview' : 'cli.packageMerged', {
      file: name,
      operator: summary.source.operator || '—',
      keyId: summary.source.keyId,
      replica: summary.source.replica,
      operations: summary.operations,
      added: summary.added,
      ...summary.counts,
    }),
  );
  for (const row of summary.conflicts)
    io.out(
      t('cli.packageConflict', {
        where: [row.township, row.branch, row.item].filter(Boolean).join(' ') || row.tbl,
        columns: row.columns.join(', '),
      }),
    );
  for (const row of summary.refused)
    io.out(
      t('cli.packageRefused', {
        where: [row.township, row.branch, row.item].filter(Boolean).join(' ') || row.tbl,
        reason: t(`cli.packageRefusal_${row.reason}`),
      }),
    );
}
