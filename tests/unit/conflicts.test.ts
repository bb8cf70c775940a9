import { describe, expect, it } from 'vitest';
import { conflictOfInterest } from '../../electron/services/rounds/conflicts';

const branch = { id: 'b1', townshipId: 't1' };

describe('conflicts of interest', () => {
  it('flags an evaluator from the branch itself', () => {
    expect(conflictOfInterest({ id: 'b1', kind: 'branch', parentId: 't1' }, branch)).toBe(
      'own-branch',
    );
  });

  it('flags an evaluator from the township, or from another village of it', () => {
    expect(conflictOfInterest({ id: 't1', kind: 'township', parentId: 'c' }, branch)).toBe(
      'own-township',
    );
    expect(conflictOfInterest({ id: 't1', kind: 'subdistrict', parentId: 'c' }, branch)).toBe(
      'own-township',
    );
    expect(conflictOfInterest({ id: 'b2', kind: 'branch', parentId: 't1' }, branch)).toBe(
      'own-township',
    );
  });

  it('does not flag county staff, other townships or evaluators without a unit', () => {
    expect(conflictOfInterest({ id: 'c', kind: 'county', parentId: null }, branch)).toBeNull();
    expect(conflictOfInterest({ id: 't2', kind: 'township', parentId: 'c' }, branch)).toBeNull();
    expect(conflictOfInterest({ id: 'b9', kind: 'branch', parentId: 't2' }, branch)).toBeNull();
    expect(conflictOfInterest(null, branch)).toBeNull();
  });
});

describe('conflicts of interest under a round’s rule', () => {
  const township = { id: 't1', kind: 'township' as const, parentId: 'c' };
  const ownVillage = { id: 'b1', kind: 'branch' as const, parentId: 't1' };
  const neighbour = { id: 'b2', kind: 'branch' as const, parentId: 't1' };

  it('flags only the branch’s own people when the rule is `branch` (township rounds)', () => {
    expect(conflictOfInterest(township, branch, 'branch')).toBeNull();
    expect(conflictOfInterest(neighbour, branch, 'branch')).toBeNull();
    expect(conflictOfInterest(ownVillage, branch, 'branch')).toBe('own-branch');
  });

  it('flags the whole township when the rule is `township` (county rounds), and nobody with `none`', () => {
    expect(conflictOfInterest(township, branch, 'township')).toBe('own-township');
    expect(conflictOfInterest(neighbour, branch, 'township')).toBe('own-township');
    for (const unit of [township, ownVillage, neighbour])
      expect(conflictOfInterest(unit, branch, 'none')).toBeNull();
  });
});
