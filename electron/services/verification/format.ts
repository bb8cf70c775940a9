import { canonicalJson } from '../integrity';

/**
 * A detached signature (`<file>.xpsig`, docs/integrity.md "Signed files"), minisign-like: what
 * the file is (name, size, SHA-256), who signed it (key id and public key), when, and a trusted
 * comment (the county, campaign, round and what the file is; the freeze fingerprint when the
 * round was frozen), all signed together with Ed25519. Plain JSON, so a person can read it.
 */
export const SIGNATURE_FORMAT = 'xingping-signature/1';
export const SIGNATURE_EXTENSION = '.xpsig';

export interface TrustedComment {
  /** What the file is, in the signer's words ("排名与评定结果", "评审会纪要"). */
  what: string;
  county?: string;
  campaign?: string;
  round?: string;
  /** The round's freeze when it was frozen: the file shows results of this checkpoint. */
  checkpoint?: { version: number; fingerprint: string };
}

export interface SignatureFile {
  format: typeof SIGNATURE_FORMAT;
  file: { name: string; size: number; sha256: string };
  signedAt: string;
  signedBy: string;
  signer: { keyId: string; publicKey: string };
  comment: TrustedComment;
  /** Ed25519 over the canonical JSON of every field above (hex). */
  signature: string;
}

/** The bytes the signature covers: every field but the signature, canonical JSON, UTF-8. */
export function signedBytes(sig: Omit<SignatureFile, 'signature'>): Uint8Array {
  const { format, file, signedAt, signedBy, signer, comment } = sig;
  return new TextEncoder().encode(
    canonicalJson({ format, file, signedAt, signedBy, signer, comment }),
  );
}
