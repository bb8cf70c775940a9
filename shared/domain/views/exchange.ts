/**
 * Exchange between laptops (issue #16, docs/exchange.md): what the exchange page, the package
 * preview and the conflicts screen show.
 */

/**
 * What a package carries: every operation, those made since the last package to a peer, or
 * what one township needs to score offline (the county-wide frame and its own branches).
 */
export type ExchangeScope =
  { kind: 'all' } | { kind: 'since'; peer: string } | { kind: 'township'; townshipId: string };

/** A township a package can be made for. */
export interface TownshipChoice {
  id: string;
  name: string;
  county: string;
}

/** A row of the data named for people: its branch and township when it has one. */
export interface RowLabel {
  tbl: string;
  /** The row's key values as JSON array text (the log's own). */
  rowKey: string;
  branch: string | null;
  township: string | null;
  /** The rubric item of a score. */
  item: string | null;
}

export interface SummaryCounts {
  /** Rows the package creates here. */
  new: number;
  updated: number;
  deleted: number;
  /** Rows whose operations are new but change no value here. */
  unchanged: number;
  /** Rows whose every operation this laptop already has (importing twice). */
  known: number;
  /** Rows left with a cell 待裁定. */
  conflicting: number;
  /** Rows refused (a frozen round, a missing file, a constraint); nothing of them was kept. */
  refused: number;
}

export interface PackageSummary {
  source: { replica: string; keyId: string; operator: string; publicKeyHex: string };
  county: { id: string; name: string };
  createdAt: string;
  scope: 'since' | 'campaign' | 'township';
  operations: number;
  files: number;
  /** Operations added to this laptop's log (0 when importing the same package again). */
  added: number;
  counts: SummaryCounts;
  conflicts: (RowLabel & { columns: string[] })[];
  refused: (RowLabel & { reason: 'frozen' | 'file-missing' | 'constraint' | 'orphan' })[];
}

/** One side of a conflict: a value, who set it and when. */
export interface ConflictSide {
  op: string;
  /** The value as JSON text ('null' for none; '0'/'1' for whether the row exists). */
  value: string;
  actor: string;
  /** When it was set (the stamp's time, ISO). */
  at: string;
}

export interface ConflictView extends RowLabel {
  col: string;
  /** The value shown now (the deterministic winner), first; the others after. */
  sides: ConflictSide[];
  foundAt: string;
}

export interface PeerView {
  replica: string;
  keyId: string;
  operator: string;
  updatedAt: string;
  receivedThrough: string | null;
}
