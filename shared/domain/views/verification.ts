/** Who signed a file, as a signature file says (its key id checked against the signature). */
export interface SignerView {
  keyId: string;
  /** The public key's grouped fingerprint, to compare with the sender's by phone. */
  keyFingerprint: string;
  /** Signed by this installation's own key. */
  signedHere: boolean;
  signedAt: string;
  signedBy: string;
}

/** Verifying a received file against its `.xpsig` signature. */
export type FileVerdict =
  | {
      ok: true;
      signer: SignerView;
      signedName: string;
      comment: {
        what: string;
        county?: string;
        campaign?: string;
        round?: string;
        checkpoint?: { version: number; fingerprint: string };
      };
    }
  /** Not a signature file of this format at all. */
  | { ok: false; problem: 'malformed' }
  /** The signature does not hold: the signature file was edited, or another key made it. */
  | { ok: false; problem: 'signature'; signer: SignerView }
  /** The signature holds, but the file is not the one signed (changed, or another file). */
  | { ok: false; problem: 'content'; signer: SignerView; signedName: string };
