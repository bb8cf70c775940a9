import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { FileVerdict } from '../../../shared/domain/views/verification';
import { fromHex, groupedFingerprint, verifySignature } from '../keys';
import type { SignatureFile } from './format';
import { SIGNATURE_FORMAT, signedBytes } from './format';
import { sha256Of } from './sign';

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));
const signatureSchema = z.strictObject({
  format: z.literal(SIGNATURE_FORMAT),
  file: z.strictObject({
    name: z.string().min(1).max(255),
    size: z.int().min(0),
    sha256: hex(64),
  }),
  signedAt: z.string().max(40),
  signedBy: z.string().max(100),
  signer: z.strictObject({ keyId: z.string().max(40), publicKey: hex(64) }),
  comment: z.strictObject({
    what: z.string().max(200),
    county: z.string().max(200).optional(),
    campaign: z.string().max(200).optional(),
    round: z.string().max(200).optional(),
    checkpoint: z
      .strictObject({ version: z.int().min(1), fingerprint: z.string().max(40) })
      .optional(),
  }),
  signature: hex(128),
});

/** The signature file's text as a signature, or null when it is not one. */
export function parseSignature(text: string): SignatureFile | null {
  try {
    const parsed = signatureSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether `file` is the file `signatureText` signed, unchanged, and by whom. The order of the
 * checks is the order of what a person needs to hear: not a signature at all; a signature that
 * does not hold (the signature file was edited, or made by another key than it names); then a
 * file that differs from the one signed.
 */
export async function verifyFile(
  file: { name: string; stream: Readable },
  signatureText: string,
  ownPublicKey: string | null,
): Promise<FileVerdict> {
  const sig = parseSignature(signatureText);
  if (!sig) return { ok: false, problem: 'malformed' };
  const holds = (() => {
    try {
      const { signature, ...rest } = sig;
      return verifySignature(fromHex(sig.signer.publicKey), signedBytes(rest), fromHex(signature));
    } catch {
      return false;
    }
  })();
  const signer = {
    keyId: sig.signer.keyId,
    keyFingerprint: groupedFingerprint(fromHex(sig.signer.publicKey)),
    signedHere: ownPublicKey !== null && ownPublicKey === sig.signer.publicKey,
    signedAt: sig.signedAt,
    signedBy: sig.signedBy,
  };
  if (!holds) return { ok: false, problem: 'signature', signer };
  const actual = await sha256Of(file.stream);
  if (actual.sha256 !== sig.file.sha256 || actual.size !== sig.file.size)
    return { ok: false, problem: 'content', signer, signedName: sig.file.name };
  return { ok: true, signer, signedName: sig.file.name, comment: sig.comment };
}
