import { describe, expect, it } from 'vitest';
import type { RubricItem } from '../../../shared/domain/rubric';
import { formatEntry, readCell } from '../../../shared/grid/cell-text';
import en from '../../../shared/locales/en.json';
import zh from '../../../shared/locales/zh-CN.json';

const words = {
  yes: [...zh.grid.yesWords.split('|'), ...en.grid.yesWords.split('|')],
  no: [...zh.grid.noWords.split('|'), ...en.grid.noWords.split('|')],
};
const points: RubricItem = { code: 'p', name: 'p', type: 'points', max: 1000, step: 50 };
const deduction: RubricItem = {
  code: 'd',
  name: 'd',
  type: 'deduction',
  max: 1000,
  perFinding: 200,
};
const choice: RubricItem = {
  code: 'c',
  name: 'c',
  type: 'choice',
  max: 1000,
  options: [
    { key: 'good', label: '好', labelEn: 'Good', points: 1000 },
    { key: 'fair', label: '一般', labelEn: 'Fair', points: 500 },
  ],
};
const check: RubricItem = { code: 'k', name: 'k', type: 'check', max: 500 };
const veto: RubricItem = {
  code: 'v',
  name: 'v',
  type: 'veto',
  max: 0,
  veto: { scope: 'star', effect: 'cancel-star' },
};

describe('readCell', () => {
  it('reads points in hundredths, with full-width digits and spaces', () => {
    expect(readCell(points, '８．５', words)).toEqual({ kind: 'value', value: { points: 850 } });
    expect(readCell(points, ' 9 ', words)).toEqual({ kind: 'value', value: { points: 900 } });
    expect(readCell(points, '7。5', words)).toEqual({ kind: 'value', value: { points: 750 } });
    expect(readCell(points, '', words)).toEqual({ kind: 'empty' });
  });

  it("refuses what the score sheet refuses, with the shared rule's code, limits in points", () => {
    expect(readCell(points, '10.5', words)).toEqual({ problem: 'above-max', max: 10 });
    expect(readCell(points, '8.25', words)).toEqual({ problem: 'not-on-step', step: 0.5 });
    expect(readCell(points, '8.125', words)).toEqual({ problem: 'too-precise' });
    expect(readCell(points, 'abc', words)).toEqual({ problem: 'not-a-number' });
    expect(readCell(points, '-1', words)).toEqual({ problem: 'negative' });
  });

  it('reads deductions as a count of findings', () => {
    expect(readCell(deduction, '２', words)).toEqual({ kind: 'value', value: { findings: 2 } });
    expect(readCell(deduction, '1.5', words)).toEqual({ problem: 'not-integer' });
  });

  it('reads a choice by key, label in either language, or its unique points', () => {
    expect(readCell(choice, '好', words)).toEqual({ kind: 'value', value: { option: 'good' } });
    expect(readCell(choice, 'fair', words)).toEqual({ kind: 'value', value: { option: 'fair' } });
    expect(readCell(choice, '5', words)).toEqual({ kind: 'value', value: { option: 'fair' } });
    expect(readCell(choice, '7', words)).toEqual({ problem: 'unknown-option' });
  });

  it('reads a check from yes/no words or full points and zero', () => {
    expect(readCell(check, '达到', words)).toEqual({ kind: 'value', value: { met: true } });
    expect(readCell(check, 'Not met', words)).toEqual({ kind: 'value', value: { met: false } });
    expect(readCell(check, '5', words)).toEqual({ kind: 'value', value: { met: true } });
    expect(readCell(check, '3', words)).toEqual({ problem: 'not-yes-no' });
  });

  it('keeps veto items read-only', () => {
    expect(readCell(veto, '否', words)).toEqual({ problem: 'read-only' });
  });

  it('formats entries so they read back the same', () => {
    const labels = {
      met: '达到',
      notMet: '未达到',
      raised: 'r',
      notRaised: 'n',
      language: 'zh-CN',
    };
    for (const [item, text] of [
      [points, '8.5'],
      [deduction, '3'],
      [choice, '一般'],
      [check, '未达到'],
    ] as const) {
      const reading = readCell(item, text, words);
      expect(reading).toHaveProperty('kind', 'value');
      if ('kind' in reading && reading.kind === 'value')
        expect(formatEntry(item, reading.value, labels)).toBe(text);
    }
  });
});
