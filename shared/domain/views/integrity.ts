/** What checking the audit chain found: intact with its length, or the first entry that breaks it. */
export type ChainReport =
  | { intact: true; entries: number; head: string | null }
  | {
      intact: false;
      entries: number;
      /** 1-based position in the log, and the entry's own seq, time and action. */
      brokenAt: number;
      seq: number;
      at: string;
      action: string;
      problem: 'hash' | 'link' | 'unchained';
    };

/** A signed checkpoint of a frozen round (定稿), as screens and the CLI show it. */
export interface CheckpointView {
  id: string;
  roundId: string;
  version: number;
  county: string;
  campaign: string;
  year: number;
  round: string;
  /** Result rows fixed by it. */
  size: number;
  root: string;
  /** "3F2A 91C0 7B1E 04D2 AA19": printed on the minutes, the notice and the naming document. */
  fingerprint: string;
  frozenAt: string;
  frozenBy: string;
  appVersion: string;
  keyId: string;
  /** The signature checks out against the public key it names. */
  signatureValid: boolean;
  /** Signed by this installation's key (not only by some key). */
  signedHere: boolean;
  unfrozenAt: string | null;
  unfrozenBy: string | null;
  unfreezeReason: string | null;
}

export interface FreezeStatus {
  roundId: string;
  frozen: boolean;
  current: CheckpointView | null;
  /** Every checkpoint of the round, newest first (unfrozen ones kept). */
  history: CheckpointView[];
  /** Whether the results recomputed now still give the current checkpoint's root. */
  matches: boolean | null;
  /** Freezing needs a closed committee meeting on the round. */
  canFreeze: boolean;
}

export type FingerprintCheck =
  { found: false } | { found: true; checkpoint: CheckpointView; current: boolean };
