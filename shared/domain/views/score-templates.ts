import type { EntryValue } from '../entry';

/** How the fill-in workbook is laid out: one sheet per branch, or one grid of branches × items. */
export const TEMPLATE_LAYOUTS = ['per-branch', 'grid'] as const;
export type TemplateLayout = (typeof TEMPLATE_LAYOUTS)[number];

export const TEMPLATE_CELL_STATUSES = [
  'new',
  'changed',
  'unchanged',
  'conflict',
  'invalid',
] as const;
export type TemplateCellStatus = (typeof TEMPLATE_CELL_STATUSES)[number];

/** Why a value cannot be applied as it is (translated as `scoreTemplates.problems.<code>`). */
export interface TemplateCellProblem {
  code: string;
  params?: Record<string, string | number>;
}

/** One filled-in cell of an imported workbook, compared with what is stored. */
export interface TemplateCellDiff {
  sheet: string;
  /** A1 address of the value cell, e.g. `H7`. */
  cell: string;
  branchId: string;
  branchName: string;
  townshipName: string;
  itemCode: string;
  itemName: string;
  status: TemplateCellStatus;
  oldValue: EntryValue | null;
  newValue: EntryValue | null;
  /** Both as the workbook shows them, in the user's language. */
  oldText: string;
  newText: string;
  problem?: TemplateCellProblem;
  /** For conflicts: the sheet changed after the export, or it is submitted and locked. */
  conflict?: 'changed-since-export' | 'submitted';
}

export type TemplateCounts = Record<TemplateCellStatus, number>;

export interface TemplatePreview {
  fileName: string;
  campaignId: string;
  roundId: string;
  roundName: string;
  evaluatorId: string | null;
  evaluatorName: string | null;
  layout: TemplateLayout;
  exportedAt: string;
  branches: number;
  counts: TemplateCounts;
  cells: TemplateCellDiff[];
}

export interface TemplateApplyResult {
  /** Values stored (new + changed). */
  saved: number;
  sheets: number;
  sheetsCreated: number;
  skippedConflicts: number;
  unchanged: number;
}
