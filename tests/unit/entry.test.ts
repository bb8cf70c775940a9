import { describe, expect, it } from 'vitest';
import { resolveEntry } from '../../shared/domain/entry';
import type { RubricItem } from '../../shared/domain/rubric';

const item = (over: Partial<RubricItem>): RubricItem => ({
  code: 'I',
  name: 'I',
  type: 'points',
  max: 1000,
  ...over,
});

describe('entry rules', () => {
  it('accepts points on the step up to the maximum, and refuses above it', () => {
    const points = item({ step: 50 });
    expect(resolveEntry(points, { points: 850 })).toMatchObject({ points: 850 });
    expect(resolveEntry(points, { points: 1050 })).toEqual({ code: 'above-max', max: 1000 });
    expect(resolveEntry(points, { points: 825 })).toEqual({ code: 'not-on-step', step: 50 });
  });

  it('takes deductions per finding and never goes below zero', () => {
    const deduction = item({ type: 'deduction', perFinding: 300 });
    expect(resolveEntry(deduction, { findings: 2 })).toMatchObject({ points: 400 });
    expect(resolveEntry(deduction, { findings: 9 })).toMatchObject({ points: 0 });
  });

  it('scores a choice by its option and refuses unknown options', () => {
    const choice = item({
      type: 'choice',
      options: [
        { key: 'good', label: '好', points: 1000 },
        { key: 'bad', label: '差', points: 0 },
      ],
    });
    expect(resolveEntry(choice, { option: 'good' })).toMatchObject({ points: 1000 });
    expect(resolveEntry(choice, { option: 'great' })).toEqual({ code: 'unknown-option' });
  });

  it('gives full points for a met check', () => {
    expect(resolveEntry(item({ type: 'check' }), { met: true })).toMatchObject({ points: 1000 });
    expect(resolveEntry(item({ type: 'check' }), { met: false })).toMatchObject({ points: 0 });
  });

  it('records a veto as a fact and requires a reason when raised', () => {
    const veto = item({ type: 'veto', max: 0, veto: { scope: 'star', effect: 'cancel-star' } });
    expect(resolveEntry(veto, { triggered: true })).toEqual({ code: 'veto-reason-required' });
    expect(resolveEntry(veto, { triggered: true, reason: '发生安全事故' })).toMatchObject({
      points: 0,
      fact: 1,
    });
    expect(resolveEntry(veto, { triggered: false })).toMatchObject({ fact: 0 });
  });

  it('records gates as yes/no or a measured value', () => {
    expect(
      resolveEntry(item({ type: 'gate', max: 0, gate: { effect: 'cap-level', level: 5 } }), {
        met: true,
      }),
    ).toMatchObject({ fact: 1 });
    expect(
      resolveEntry(item({ type: 'gate', max: 0, gate: { effect: 'cancel-star', min: 9000 } }), {
        value: 9250,
      }),
    ).toMatchObject({ fact: 9250 });
  });

  it('refuses an entry of the wrong kind for the item', () => {
    expect(resolveEntry(item({}), { met: true })).toEqual({
      code: 'wrong-kind',
      expected: 'points',
    });
  });
});
