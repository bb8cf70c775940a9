import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ServiceContext } from '../context';
import { installationKey, toHex } from '../keys';
import type { SignatureFile, TrustedComment } from './format';
import { SIGNATURE_FORMAT, signedBytes } from './format';

/** SHA-256 of a stream, read once (a workbook of a province is tens of MB). */
export async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { sha256: hash.digest('hex'), size };
}

/** Signs a file's name, size and hash with the installation's key, with the trusted comment. */
export async function signFile(
  ctx: ServiceContext,
  file: { name: string; stream: Readable },
  comment: TrustedComment,
): Promise<SignatureFile> {
  const key = installationKey(ctx);
  const { sha256, size } = await sha256Of(file.stream);
  const unsigned = {
    format: SIGNATURE_FORMAT,
    file: { name: file.name, size, sha256 },
    signedAt: ctx.now(),
    signedBy: ctx.actor,
    signer: { keyId: key.keyId, publicKey: key.publicKeyHex },
    comment,
  } as const;
  return { ...unsigned, signature: toHex(key.sign(signedBytes(unsigned))) };
}
