import type { BranchType } from '../org';

/** The three things a branch list says about each branch. */
export const BRANCH_IMPORT_FIELDS = ['township', 'name', 'type'] as const;
export type BranchImportField = (typeof BRANCH_IMPORT_FIELDS)[number];

/** Which column (1 = A) holds each field; null when the list has no such column. */
export type BranchImportMapping = Record<BranchImportField, number | null>;

/**
 * What importing a row would do: create a branch, change an existing branch's type, leave it as
 * it is, or nothing (a subtotal or footer line, a repeat of an earlier row, a row with errors).
 */
export const BRANCH_IMPORT_STATUSES = [
  'new',
  'update',
  'same',
  'skipped',
  'duplicate',
  'error',
] as const;
export type BranchImportStatus = (typeof BRANCH_IMPORT_STATUSES)[number];

/**
 * A problem with the file or one of its cells. Stable codes: the renderer translates
 * `branchImport.problems.<code>`; `cell` is the Excel address (C17) when one cell is to blame.
 */
export interface BranchImportProblem {
  code: string;
  sheet?: string;
  row?: number;
  cell?: string;
  params?: Record<string, string | number>;
}

export interface BranchImportRow {
  /** The row number Excel (or a text editor, for CSV) shows. */
  row: number;
  township: string;
  name: string;
  /** The type as written in the file ('' when the cell is empty or unmapped). */
  typeText: string;
  branchType: BranchType | null;
  /** The township cell was empty and the township was taken from the rows above. */
  townshipFilled: boolean;
  status: BranchImportStatus;
  skipReason?: 'subtotal' | 'footer' | 'heading';
  /** For a duplicate: the earlier row it repeats. */
  duplicateOf?: number;
  /**
   * A possible duplicate: the name of the existing branch (or earlier row) this row was matched
   * to although it is spelled differently (西上屯村党支部 → 西上屯村). Nothing is created twice.
   */
  matchedName?: string;
  /** For an existing branch: its type now. */
  currentType?: BranchType;
  /** The township does not exist yet and will be created. */
  newTownship: boolean;
  /** An existing branch that is not yet part of this campaign and will be added to it. */
  enrol: boolean;
  problems: BranchImportProblem[];
}

export interface BranchImportColumn {
  index: number;
  /** A, B, … AA. */
  letter: string;
  header: string;
}

export type BranchImportCounts = Record<BranchImportStatus, number> & {
  newTownships: number;
  enrol: number;
  /** Rows matched to an existing branch or an earlier row under another spelling. */
  similar: number;
};

export interface BranchImportPreview {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** For CSV: how its bytes were read. */
  encoding: 'utf-8' | 'gbk' | 'utf-16' | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number | null;
  columns: BranchImportColumn[];
  suggested: BranchImportMapping;
  mapping: BranchImportMapping;
  /** Problems that stop the whole file (unreadable, no header, a required column unmapped). */
  fileProblems: BranchImportProblem[];
  rows: BranchImportRow[];
  counts: BranchImportCounts;
}

export interface BranchImportResult {
  townshipsCreated: number;
  created: number;
  updated: number;
  /** Existing branches added to the campaign. */
  enrolled: number;
  /** Existing branches left as they were (same, or a type change the user chose to skip). */
  unchanged: number;
  /** Subtotal, footer and duplicate rows. */
  skipped: number;
  /** Rows with errors that were left out because the user chose to skip them. */
  invalid: number;
}
