import { describe, expect, it } from 'vitest';

import {
  namingEligibility,
  namingLists,
  type NamingCandidate,
} from '../../../shared/domain/publication/naming';

const END = '2025-10-11';
const AFTER = '2025-10-13';
const c = (
  branchId: string,
  proposedLevel: number | null,
  objections: NamingCandidate['objections'] = [],
): NamingCandidate => ({ branchId, proposedLevel, objections });

describe('naming eligibility', () => {
  it('names a branch whose notice ended without objection at its proposed level', () => {
    expect(namingEligibility(c('石门村', 4), AFTER, END)).toEqual({ eligible: true, level: 4 });
  });
  it('names nobody while the notice is still running, including on its last day', () => {
    expect(namingEligibility(c('石门村', 4), END, END)).toEqual({
      eligible: false,
      why: 'notice-running',
    });
  });
  it('does not name a branch listed without a star', () => {
    expect(namingEligibility(c('石门村', null), AFTER, END)).toMatchObject({ why: 'no-level' });
    expect(namingEligibility(c('石门村', 0), AFTER, END)).toMatchObject({ why: 'no-level' });
  });
  it('names a branch whose objections were not accepted or ended in 维持', () => {
    expect(
      namingEligibility(c('石门村', 3, [{ kind: 'clear' }, { kind: 'clear' }]), AFTER, END),
    ).toEqual({ eligible: true, level: 3 });
  });
  it('holds a branch with any open objection, even beside a cleared one', () => {
    expect(
      namingEligibility(c('石门村', 3, [{ kind: 'clear' }, { kind: 'open' }]), AFTER, END),
    ).toEqual({ eligible: false, why: 'objection-open' });
  });
  it('holds a branch sent back for re-review, adjusted or revoked, most serious reason first', () => {
    expect(namingEligibility(c('a', 3, [{ kind: 'rereview' }]), AFTER, END)).toMatchObject({
      why: 'rereview',
    });
    expect(namingEligibility(c('a', 3, [{ kind: 'adjusted', level: 2 }]), AFTER, END)).toEqual({
      eligible: false,
      why: 'adjusted',
      adjustedLevel: 2,
    });
    expect(
      namingEligibility(
        c('a', 3, [{ kind: 'open' }, { kind: 'revoked' }, { kind: 'rereview' }]),
        AFTER,
        END,
      ),
    ).toMatchObject({ why: 'revoked' });
  });
});

describe('naming lists', () => {
  const candidates = [
    c('石门村', 5),
    c('云溪社区', 4),
    c('青石村', 3),
    c('竹林村', 3, [{ kind: 'rereview' }]),
    c('白沙村', 2, [{ kind: 'clear' }]),
    c('桃源村', null),
  ];

  it('splits county-named levels from those sent up to the city, by level, and lists who is held and why', () => {
    const lists = namingLists(candidates, AFTER, END, { countyLevels: [1, 2, 3] });
    expect(lists.county).toEqual([
      { level: 3, branchIds: ['青石村'] },
      { level: 2, branchIds: ['白沙村'] },
    ]);
    expect(lists.city).toEqual([
      { level: 5, branchIds: ['石门村'] },
      { level: 4, branchIds: ['云溪社区'] },
    ]);
    expect(lists.held).toEqual([
      { branchId: '竹林村', why: 'rereview' },
      { branchId: '桃源村', why: 'no-level' },
    ]);
  });

  it('never lists a branch with an open objection', () => {
    const lists = namingLists([...candidates, c('石门村二组', 4, [{ kind: 'open' }])], AFTER, END, {
      countyLevels: [1, 2, 3, 4, 5],
    });
    const named = lists.county.flatMap((l) => l.branchIds);
    expect(named).not.toContain('石门村二组');
    expect(named).toHaveLength(4);
  });
});
