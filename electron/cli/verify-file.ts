import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { installationKey } from '../services/keys';
import { SIGNATURE_EXTENSION, verifyFile } from '../services/verification';
import { openExisting } from './backup';
import type { CliIo } from './io';

export interface VerifyFileValues {
  sig?: string | undefined;
  db?: string | undefined;
}

/**
 * `xingping verify-file FILE [--sig FILE.xpsig] [--db F]`: whether a received file is the one
 * its signature names, unchanged, and who signed it. With `--db` it also says whether the
 * signer is this installation. Exit 0 intact, 1 not, 2 bad arguments.
 */
export async function runVerifyFile(
  t: TFunction,
  io: CliIo,
  file: string | undefined,
  values: VerifyFileValues,
): Promise<number> {
  if (!file) {
    io.err(t('cli.help_verify-file'));
    return 2;
  }
  const sigPath = values.sig ?? file + SIGNATURE_EXTENSION;
  for (const path of [file, sigPath]) {
    if (!existsSync(path)) {
      io.err(t('cli.verifyFileMissing', { file: resolve(path) }));
      return 1;
    }
  }
  let own: string | null = null;
  if (values.db !== undefined) {
    const services = openExisting(t, io, values.db, 'verify');
    if (typeof services === 'number') return services;
    own = installationKey(services.ctx).publicKeyHex;
    services.close();
  }
  const verdict = await verifyFile(
    { name: basename(file), stream: createReadStream(file) },
    await readFile(sigPath, 'utf8'),
    own,
  );
  if (!verdict.ok) {
    io.err(
      t(`cli.verifyFile_${verdict.problem}`, { file: basename(file), sig: basename(sigPath) }),
    );
    if (verdict.problem !== 'malformed') io.err(t('cli.verifyFileSigner', { ...verdict.signer }));
    return 1;
  }
  const c = verdict.comment;
  io.out(t('cli.verifyFileIntact', { file: basename(file), signedName: verdict.signedName }));
  io.out(t('cli.verifyFileSigner', { ...verdict.signer }));
  if (verdict.signer.signedHere) io.out(t('cli.verifyFileHere'));
  io.out(
    t('cli.verifyFileComment', {
      what: c.what,
      where: [c.county, c.campaign, c.round].filter(Boolean).join(' '),
    }),
  );
  if (c.checkpoint) io.out(t('cli.verifyFileCheckpoint', c.checkpoint));
  return 0;
}
