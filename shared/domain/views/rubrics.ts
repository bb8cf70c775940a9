import type { RubricDefinition } from '../rubric';

/** Rubric versions, templates and the problems a rubric can have. */

export interface RubricVersionSummary {
  id: string;
  lineageId: string;
  name: string;
  version: number;
  max: number;
  frozen: boolean;
  isDemo: boolean;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  /** Campaigns using this version. */
  campaigns: number;
}

export interface RubricView extends RubricVersionSummary {
  definition: RubricDefinition;
}

/** A built-in rubric template from resources/templates. */
export interface RubricTemplateSummary {
  id: string;
  name: string;
  nameEn: string;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  max: number;
}

/** One problem found in a rubric: a stable code to translate, where it is, and its values. */
export interface RubricProblem {
  code: string;
  /** Item/indicator/dimension code, or a field path such as `scheme.bands.0`. */
  at: string;
  /** The row number Excel shows (title rows included) when the rubric came from a workbook. */
  row?: number;
  params?: Record<string, string | number>;
}

export interface RubricImportResult {
  /** The definition when it parsed and validated; null when there are problems. */
  definition: RubricDefinition | null;
  name: string;
  problems: RubricProblem[];
}
