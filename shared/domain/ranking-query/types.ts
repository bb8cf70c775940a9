import type { RankingRow } from '../views/ranking';

/** What narrows and orders a ranking's rows, on the screen and in `ranking.page`. */
export type RankingStatus = RankingRow['status'];
export const STATUSES: readonly RankingStatus[] = ['rated', 'vetoed', 'incomplete', 'unscored'];

export type SortKey =
  'rank' | 'branch' | 'township' | 'total' | 'level' | 'previous' | `dim:${number}`;

export interface RankingSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** The filters that narrow rows (round, tab and sort do not). */
export interface RowFilter {
  townships: string[];
  levels: number[];
  /** Stars a branch must all hold. */
  stars: string[];
  status?: RankingStatus | undefined;
  search: string;
}
