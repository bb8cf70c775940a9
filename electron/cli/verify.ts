import type { TFunction } from 'i18next';
import { findCheckpoint, verifyAuditChain } from '../services/integrity';
import { openExisting } from './backup';
import type { BackupValues } from './backup';
import type { CliIo } from './io';

/**
 * `xingping verify --db F [--fingerprint "3F2A …"]`: checks the audit log's hash chain, and a
 * fingerprint read off a printout against the file's checkpoints (定稿). Exit 0 when everything
 * checked holds, 1 otherwise.
 */
export function runVerify(
  t: TFunction,
  io: CliIo,
  values: BackupValues & { fingerprint?: string | undefined },
): number {
  const services = openExisting(t, io, values.db, 'verify');
  if (typeof services === 'number') return services;
  try {
    if (values.fingerprint !== undefined) {
      const found = findCheckpoint(services.ctx, { fingerprint: values.fingerprint });
      if (!found.found) {
        io.err(t('cli.fingerprintUnknown', { fingerprint: values.fingerprint }));
        return 1;
      }
      const c = found.checkpoint;
      const said = {
        fingerprint: c.fingerprint,
        county: c.county,
        campaign: c.campaign,
        round: c.round,
        version: c.version,
        frozenAt: c.frozenAt,
        keyId: c.keyId,
      };
      if (!c.signatureValid) {
        io.err(t('cli.fingerprintBadSignature', said));
        return 1;
      }
      io.out(t(found.current ? 'cli.fingerprintCurrent' : 'cli.fingerprintSuperseded', said));
      if (!found.current) return 1;
    }
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
