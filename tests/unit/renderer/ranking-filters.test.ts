import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  isFiltering,
  nextSort,
  parseFilters,
  serializeFilters,
} from '../../../renderer/src/features/ranking/filters/rankingFilters';
import { countByStatus, filterRows } from '../../../shared/domain/ranking-query/filter-rows';
import { sortRows } from '../../../shared/domain/ranking-query/sort-rows';
import type { RankingRow } from '../../../shared/domain/views';

function row(id: string, patch: Partial<RankingRow>): RankingRow {
  return {
    branchId: id,
    branchName: id,
    townshipId: 'T1',
    townshipName: '云溪镇',
    branchType: 'rural',
    status: 'rated',
    total: 0,
    scores: [],
    stars: [],
    level: 0,
    levelBeforeQuota: 0,
    rank: null,
    previousLevel: null,
    change: null,
    flags: [],
    ...patch,
  };
}

const ROWS = [
  row('a', { branchName: '石门村', total: 9000, level: 3, stars: ['S1', 'S2'], rank: 1 }),
  row('b', { branchName: '青山村', total: 8000, level: 2, stars: ['S1'], rank: 2 }),
  row('c', {
    branchName: '柳溪村10组',
    townshipId: 'T2',
    total: null,
    level: null,
    status: 'incomplete',
  }),
  row('d', {
    branchName: '柳溪村9组',
    townshipId: 'T2',
    total: 8000,
    level: 2,
    stars: ['S2'],
    rank: 2,
  }),
  row('e', { branchName: '杏林村', status: 'vetoed', total: 7000, level: 0 }),
];
const NONE = { townships: [], levels: [], stars: [], search: '' };

describe('the ranking screen’s filters in the address', () => {
  it('round-trips every filter through the hash query, and leaves defaults out', () => {
    const filters = {
      round: 'r1',
      townships: ['T1', 'T2'],
      levels: [5, 0],
      stars: ['S1'],
      status: 'vetoed' as const,
      search: '石门 村',
      tab: 'charts' as const,
      sort: { key: 'dim:2' as const, dir: 'desc' as const },
    };
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
    expect(serializeFilters(EMPTY_FILTERS)).toBe('');
  });

  it('ignores what is malformed instead of refusing the link', () => {
    expect(parseFilters('status=gone&level=1,x,99,-1,2&sort=name.up&tab=pie&town=,,T1')).toEqual({
      ...EMPTY_FILTERS,
      levels: [1, 2],
      townships: ['T1'],
    });
  });

  it('cycles a header’s sort: first direction, the other, then the engine’s order', () => {
    expect(nextSort(undefined, 'branch')).toEqual({ key: 'branch', dir: 'asc' });
    expect(nextSort({ key: 'branch', dir: 'asc' }, 'branch')).toEqual({
      key: 'branch',
      dir: 'desc',
    });
    expect(nextSort({ key: 'branch', dir: 'desc' }, 'branch')).toBeUndefined();
    // Scores read best first.
    expect(nextSort({ key: 'branch', dir: 'asc' }, 'total')).toEqual({ key: 'total', dir: 'desc' });
  });

  it('counts blank search, round, tab and sort as not filtering', () => {
    expect(isFiltering({ ...EMPTY_FILTERS, search: '  ', round: 'r', tab: 'charts' })).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTERS, stars: ['S1'] })).toBe(true);
  });
});

describe('filtering and sorting ranking rows', () => {
  const names = (rows: RankingRow[]) => rows.map((r) => r.branchId);

  it('keeps rows holding every chosen star, at a chosen level, in a chosen township', () => {
    expect(names(filterRows(ROWS, { ...NONE, stars: ['S1', 'S2'] }))).toEqual(['a']);
    expect(names(filterRows(ROWS, { ...NONE, levels: [2] }))).toEqual(['b', 'd']);
    expect(names(filterRows(ROWS, { ...NONE, townships: ['T2'] }))).toEqual(['c', 'd']);
    // A branch without a level is not at level 0.
    expect(names(filterRows(ROWS, { ...NONE, levels: [0] }))).toEqual(['e']);
  });

  it('searches names ignoring case and surrounding blanks', () => {
    expect(names(filterRows(ROWS, { ...NONE, search: '  柳溪 ' }))).toEqual(['c', 'd']);
  });

  it('counts each status with the other filters but not the status filter', () => {
    const counts = countByStatus(ROWS, { ...NONE, townships: ['T2'], status: 'rated' });
    expect(counts).toEqual({ rated: 1, vetoed: 0, incomplete: 1, unscored: 0 });
  });

  it('puts rows without a value last in both directions, and keeps ties in engine order', () => {
    expect(names(sortRows(ROWS, { key: 'total', dir: 'desc' }))).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(names(sortRows(ROWS, { key: 'total', dir: 'asc' }))).toEqual(['e', 'b', 'd', 'a', 'c']);
  });

  it('orders names with numbers as people count (9组 before 10组)', () => {
    const sorted = names(sortRows(ROWS, { key: 'branch', dir: 'asc' }));
    expect(sorted.indexOf('d')).toBeLessThan(sorted.indexOf('c'));
  });

  it('leaves the rows given untouched and without a sort keeps the engine order', () => {
    const before = names(ROWS);
    expect(names(sortRows(ROWS, undefined))).toEqual(before);
    sortRows(ROWS, { key: 'branch', dir: 'desc' });
    expect(names(ROWS)).toEqual(before);
  });
});
