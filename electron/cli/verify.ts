import type { TFunction } from 'i18next';
import { verifyAuditChain } from '../services/integrity';
import { openExisting } from './backup';
import type { BackupValues } from './backup';
import type { CliIo } from './io';

/** `xingping verify --db F`: checks the audit log's hash chain; exit 0 intact, 1 broken. */
export function runVerify(t: TFunction, io: CliIo, values: BackupValues): number {
  const services = openExisting(t, io, values.db, 'verify');
  if (typeof services === 'number') return services;
  try {
    const report = verifyAuditChain(services.ctx.db);
    if (report.intact) {
      io.out(t('cli.verifyIntact', { entries: report.entries }));
      return 0;
    }
    io.err(
      t('cli.verifyBroken', {
        position: report.brokenAt,
        entries: report.entries,
        at: report.at,
        action: report.action,
        problem: t(`integrity.problem_${report.problem}`),
      }),
    );
    return 1;
  } finally {
    services.close();
  }
}
