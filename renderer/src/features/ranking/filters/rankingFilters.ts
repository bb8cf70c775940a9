import type {
  RankingSort,
  RankingStatus,
  SortKey,
} from '../../../../../shared/domain/ranking-query/types';
import { STATUSES } from '../../../../../shared/domain/ranking-query/types';

export type { RankingSort, RankingStatus, SortKey };
export { STATUSES };

export type RankingTab = 'table' | 'charts';

/** Everything the screen lets people narrow or switch; kept in the hash so a reload keeps it. */
export interface RankingFilters {
  /** A chosen round; undefined = the deciding round. */
  round: string | undefined;
  townships: string[];
  levels: number[];
  /** Stars a branch must all hold. */
  stars: string[];
  status: RankingStatus | undefined;
  search: string;
  tab: RankingTab;
  sort: RankingSort | undefined;
}

export const EMPTY_FILTERS: RankingFilters = {
  round: undefined,
  townships: [],
  levels: [],
  stars: [],
  status: undefined,
  search: '',
  tab: 'table',
  sort: undefined,
};

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter((v) => v !== '');
}

function isStatus(value: string | null): value is RankingStatus {
  return value !== null && (STATUSES as readonly string[]).includes(value);
}

function parseSort(value: string | null): RankingSort | undefined {
  const match = /^(rank|branch|township|total|level|previous|dim:\d{1,2})\.(asc|desc)$/.exec(
    value ?? '',
  );
  if (!match?.[1] || !match[2]) return undefined;
  return { key: match[1] as SortKey, dir: match[2] as 'asc' | 'desc' };
}

/** Reads the part of the hash after `?`; anything malformed is ignored rather than refused. */
export function parseFilters(query: string): RankingFilters {
  const params = new URLSearchParams(query);
  const status = params.get('status');
  return {
    round: params.get('round') || undefined,
    townships: list(params, 'town'),
    levels: list(params, 'level')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0 && n <= 10),
    stars: list(params, 'star'),
    status: isStatus(status) ? status : undefined,
    search: params.get('q') ?? '',
    tab: params.get('tab') === 'charts' ? 'charts' : 'table',
    sort: parseSort(params.get('sort')),
  };
}

/** The query string for the hash; default values are left out so plain links stay short. */
export function serializeFilters(filters: RankingFilters): string {
  const params = new URLSearchParams();
  if (filters.round) params.set('round', filters.round);
  if (filters.townships.length) params.set('town', filters.townships.join(','));
  if (filters.levels.length) params.set('level', filters.levels.join(','));
  if (filters.stars.length) params.set('star', filters.stars.join(','));
  if (filters.status) params.set('status', filters.status);
  if (filters.search) params.set('q', filters.search);
  if (filters.tab !== 'table') params.set('tab', filters.tab);
  if (filters.sort) params.set('sort', `${filters.sort.key}.${filters.sort.dir}`);
  return params.toString();
}

/** Whether any filter narrows the rows (round, tab and sort do not). */
export function isFiltering(filters: RankingFilters): boolean {
  return (
    filters.townships.length > 0 ||
    filters.levels.length > 0 ||
    filters.stars.length > 0 ||
    filters.status !== undefined ||
    filters.search.trim() !== ''
  );
}

/** Names and places read A→Z and ranks 1→n first; scores and levels read best first. */
function firstDirection(key: SortKey): 'asc' | 'desc' {
  return key === 'rank' || key === 'branch' || key === 'township' ? 'asc' : 'desc';
}

/** A header click cycles: first direction, the other, then back to the engine's order. */
export function nextSort(current: RankingSort | undefined, key: SortKey): RankingSort | undefined {
  const first = firstDirection(key);
  if (current?.key !== key) return { key, dir: first };
  if (current.dir === first) return { key, dir: first === 'asc' ? 'desc' : 'asc' };
  return undefined;
}
