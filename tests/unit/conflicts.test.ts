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
