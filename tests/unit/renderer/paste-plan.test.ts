import { describe, expect, it } from 'vitest';
import { copyText, planPaste } from '../../../renderer/src/features/grid/pastePlan';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { GridRow } from '../../../shared/domain/views/grid';
import en from '../../../shared/locales/en.json';
import zh from '../../../shared/locales/zh-CN.json';

// Where a block pasted from Excel goes in the scoring grid (issue #12 point 7).
const words = {
  yes: [...zh.grid.yesWords.split('|'), ...en.grid.yesWords.split('|')],
  no: [...zh.grid.noWords.split('|'), ...en.grid.noWords.split('|')],
};
const items: RubricItem[] = [
  { code: 'p1', name: '三会一课', type: 'points', max: 1000, step: 50 },
  { code: 'k1', name: '台账齐全', type: 'check', max: 500 },
  { code: 'v1', name: '重大违纪', type: 'veto', scope: 'rating', effect: 'no-rating' },
] as RubricItem[];

function gridRow(name: string): GridRow {
  return {
    branchId: `id-${name}`,
    branchName: name,
    townshipId: 'T1',
    townshipName: '云溪镇',
    sheetId: null,
    version: null,
    status: 'none',
    values: {},
  };
}
const rows = ['石门村', '青山村', '柳溪村'].map(gridRow);
const at = (r: number, c: number) => ({ r, c, ar: r, ac: c });
const writable = () => false;

describe('planPaste', () => {
  it('lays the block out from the active cell and reads each cell by its item’s rule', () => {
    const plan = planPaste('8.5\t是\n9\t否', at(0, 0), rows, items, writable, words);
    expect(plan.changes.map((c) => [c.branchId, c.item, c.text])).toEqual([
      ['id-石门村', 'p1', '8.5'],
      ['id-石门村', 'k1', '是'],
      ['id-青山村', 'p1', '9'],
      ['id-青山村', 'k1', '否'],
    ]);
    expect(plan.changes.every((c) => 'kind' in c.reading && c.reading.kind === 'value')).toBe(true);
    expect([plan.height, plan.width, plan.outside, plan.skipped]).toEqual([2, 2, 0, 0]);
  });

  it('counts the cells that fall outside the grid and keeps the selection inside it', () => {
    const plan = planPaste('1\t2\t3\t4\n5\t6\t7\t8', at(2, 1), rows, items, writable, words);
    // Row 3 does not exist; column 4 does not either.
    expect(plan.outside).toBe(2 + 4);
    expect([plan.height, plan.width]).toEqual([1, 2]);
  });

  it('skips read-only cells and leaves the stored value of an empty pasted cell alone', () => {
    const plan = planPaste('\t是\n7\t否', at(1, 0), rows, items, (r) => r === 2, words);
    expect(plan.changes.map((c) => [c.branchId, c.item])).toEqual([['id-青山村', 'k1']]);
    expect(plan.skipped).toBe(2);
  });

  it('keeps a refused value in the plan with its problem, for the problems panel', () => {
    const plan = planPaste('12', at(0, 0), rows, items, writable, words);
    expect(plan.changes).toHaveLength(1);
    const reading = plan.changes[0]!.reading;
    // 12 points is above the item's maximum of 10.
    expect('problem' in reading ? reading.problem : null).toBe('above-max');
  });
});

describe('copyText', () => {
  it('copies the selection as tab-separated lines, whichever way it was dragged', () => {
    const text = copyText({ r: 0, c: 1, ar: 1, ac: 0 }, (r, c) => `${r}:${c}`);
    expect(text.split(/\r?\n/).filter((l) => l !== '')).toEqual(['0:0\t0:1', '1:0\t1:1']);
  });
});
