import { describe, expect, it } from 'vitest';

import {
  priorLevels,
  starChange,
  starRuleProblems,
  timeline,
  type NamedLevel,
} from '../../../shared/domain/publication/star-history';

const named = (year: number, level: number, extra: Partial<NamedLevel> = {}): NamedLevel => ({
  year,
  level,
  document: `青组发〔${year}〕12号`,
  day: `${year}-11-20`,
  ...extra,
});

describe('star changes', () => {
  it('calls the first named level first, then up, down, same and withdrawn', () => {
    expect(starChange(null, 3)).toBe('first');
    expect(starChange(3, 4)).toBe('up');
    expect(starChange(3, 2)).toBe('down');
    expect(starChange(3, 3)).toBe('same');
    expect(starChange(3, 0)).toBe('withdrawn');
  });

  it('builds a timeline in year order with each change', () => {
    const t = timeline([named(2026, 0, { reason: '一票否决' }), named(2024, 3), named(2025, 4)]);
    expect(t.map((e) => [e.year, e.change, e.previous])).toEqual([
      [2024, 'first', null],
      [2025, 'up', 3],
      [2026, 'withdrawn', 4],
    ]);
  });
});

describe('star rules', () => {
  const history = [named(2024, 2), named(2025, 3)];

  it('allows one level up a year', () => {
    expect(starRuleProblems(history, { year: 2026, level: 4, vetoed: false })).toEqual([]);
  });
  it('refuses two levels up without 破格, and accepts it with a reason', () => {
    expect(starRuleProblems(history, { year: 2026, level: 5, vetoed: false })).toEqual([
      'step-needs-exception',
    ]);
    expect(
      starRuleProblems(history, {
        year: 2026,
        level: 5,
        vetoed: false,
        exceptional: '获评省级先进基层党组织',
      }),
    ).toEqual([]);
  });
  it('lets a county switch the yearly step off', () => {
    expect(
      starRuleProblems(
        history,
        { year: 2026, level: 5, vetoed: false },
        { maxStepUp: null, vetoWithdraws: true, newBranchYears: null },
      ),
    ).toEqual([]);
  });
  it('needs a reason to lower or withdraw a star', () => {
    expect(starRuleProblems(history, { year: 2026, level: 2, vetoed: false })).toEqual([
      'reason-required',
    ]);
    expect(
      starRuleProblems(history, {
        year: 2026,
        level: 2,
        vetoed: false,
        reason: '党员大会未按期召开',
      }),
    ).toEqual([]);
  });
  it('withdraws the star of a vetoed branch', () => {
    expect(starRuleProblems(history, { year: 2026, level: 3, vetoed: true })).toEqual([
      'veto-withdraws',
    ]);
    expect(
      starRuleProblems(history, { year: 2026, level: 0, vetoed: true, reason: '一票否决' }),
    ).toEqual([]);
  });
  it('assesses a newly founded branch without rating it (参评不定星)', () => {
    expect(
      starRuleProblems([], { year: 2026, level: 2, vetoed: false, foundedYear: 2026 }),
    ).toEqual(['new-branch-unrated']);
    expect(
      starRuleProblems([], { year: 2026, level: 2, vetoed: false, foundedYear: 2025 }),
    ).toEqual([]);
  });
  it('refuses a year at or before the last named one', () => {
    expect(starRuleProblems(history, { year: 2025, level: 3, vetoed: false })).toEqual([
      'year-not-after-last',
    ]);
  });
});

describe('prior levels for the year-over-year columns', () => {
  it('prefers last year’s named level over the computed one, branch by branch', () => {
    const computed = new Map<string, number | null>([
      ['a', 4],
      ['b', 2],
      ['c', null],
    ]);
    const named = new Map([
      ['a', 3],
      ['c', 0],
      ['d', 5],
    ]);
    expect(priorLevels(named, computed)).toEqual(
      new Map([
        ['a', 3],
        ['b', 2],
        ['c', 0],
        ['d', 5],
      ]),
    );
    expect(priorLevels(new Map(), computed)).toEqual(computed);
    expect(priorLevels(named, null)).toEqual(named);
    expect(priorLevels(new Map(), null)).toBeNull();
  });
});
