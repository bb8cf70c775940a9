import type { RoundKind } from '../org';
import type { LevelName } from './ranking';

/** DTOs of the progress screen: the matrix, round comparison and evaluator consistency. */

export type CellStatus = 'unassigned' | 'not-started' | 'in-progress' | 'submitted';

/** Row filter: branches with at least one sheet in that state ('submitted' = all submitted). */
export const PROGRESS_FILTERS = [
  'all',
  'gaps',
  'unassigned',
  'not-started',
  'in-progress',
  'submitted',
] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

export interface ItemName {
  code: string;
  name: string;
  nameEn: string;
}

export interface MatrixCell {
  status: CellStatus;
  /** Whether an assignment (or, for the self column, the self round) expects this sheet. */
  expected: boolean;
  sheetId: string | null;
  /** Required items entered, of `requiredItems`. */
  entered: number;
  /** Codes of the required items still missing, for sheets in progress only. */
  missing: string[];
}

export interface MatrixRow {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  /** One per matrix column, in `columns` order. */
  cells: MatrixCell[];
}

export interface MatrixColumn {
  /** null = the branch's self-assessment. */
  evaluatorId: string | null;
  name: string;
}

export interface CompletionCounts {
  /** Sheets expected: assigned, already opened, or the self-assessment of a self round. */
  expected: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  branches: number;
  /** Branches whose expected sheets are all submitted (at least one). */
  branchesDone: number;
  /** Branches nobody is expected to score in this round. */
  branchesUnassigned: number;
}

export interface RoundCompletion extends CompletionCounts {
  roundId: string;
  name: string;
  kind: RoundKind;
}

export interface TownshipCompletion extends CompletionCounts {
  townshipId: string;
  name: string;
}

export interface ProgressMatrix {
  roundId: string;
  roundKind: RoundKind;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Rows matching the filters; `rows` stops at the limit asked for. */
  totalRows: number;
  requiredItems: number;
  /** Names of the items that can be missing. */
  items: ItemName[];
  townships: { id: string; name: string }[];
  rounds: RoundCompletion[];
  byTownship: TownshipCompletion[];
}

export interface RoundResult {
  total: number | null;
  level: number | null;
  status: 'rated' | 'vetoed' | 'incomplete' | 'unscored';
  /** The sheet to open for this round: the self-assessment, else the first evaluator's. */
  sheet: { evaluatorId: string | null } | null;
}

export interface ComparisonRow {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  /** One per round of `rounds`. */
  results: RoundResult[];
  /** `to` total minus `from` total (hundredths); null when either is missing. */
  gap: number | null;
  flagged: boolean;
}

export interface RoundComparison {
  rounds: { id: string; name: string; kind: RoundKind }[];
  fromRoundId: string;
  toRoundId: string;
  /** Hundredths: a gap whose size exceeds it is flagged. */
  threshold: number;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  levels: LevelName[];
  rows: ComparisonRow[];
  flaggedCount: number;
}

export interface EvaluatorConsistency {
  evaluatorId: string;
  name: string;
  /** Submitted sheets in the round. */
  sheets: number;
  /** Of those, sheets of branches someone else also scored. */
  comparedSheets: number;
  /** Item scores compared with a panel mean. */
  comparisons: number;
  /** Mean of (own − panel mean) per item, hundredths, rounded once; null without comparisons. */
  meanSigned: number | null;
  meanAbsolute: number | null;
}

export interface ItemDisagreement extends ItemName {
  /** Branches where at least two evaluators scored the item. */
  branches: number;
  /** Mean of (highest − lowest) over those branches, hundredths, rounded once. */
  meanRange: number;
  /** Mean population standard deviation, hundredths, rounded once. */
  meanSd: number;
}

export interface ConsistencyReport {
  roundId: string;
  /** Branches with two or more submitted evaluator sheets. */
  panelBranches: number;
  evaluators: EvaluatorConsistency[];
  /** Every item with at least one panel, widest first by mean range. */
  items: ItemDisagreement[];
}
