import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../scripts/bench/measurement';
import { KEYS, verdict, withTargets } from '../../../scripts/bench/measurement';
import { renderMarkdown, renderTable } from '../../../scripts/bench/table';

function row(dataset: string, key: string, value: number, ratio?: number): Measurement {
  return {
    dataset,
    key,
    label: key,
    value,
    unit: 'ms',
    ...(ratio === undefined ? {} : { ratio: { to: KEYS.floorRound, value: ratio } }),
  };
}

describe('bench verdicts', () => {
  it('passes only when the value and the ratio to the floor are both within target', () => {
    const [fast, slow, farFromFloor, noTarget] = withTargets([
      row('province', KEYS.recompute, 2500, 2.5),
      row('province', KEYS.recompute, 3100, 2.5),
      row('province', KEYS.recompute, 2500, 3.2),
      row('province', KEYS.floorRound, 2000),
    ]);
    expect([fast, slow, farFromFloor, noTarget].map((m) => m && verdict(m))).toEqual([
      'PASS',
      'MISS',
      'MISS',
      '',
    ]);
  });

  it('holds a county and a province target for each issue figure', () => {
    const judged = withTargets([
      row('county', KEYS.recompute, 51),
      row('province', KEYS.change, 19),
      { ...row('province', KEYS.memory, 1100), unit: 'MB' },
    ]);
    expect(judged.map(verdict)).toEqual(['MISS', 'PASS', 'MISS']);
  });

  it('prints one line per measurement with its verdict', () => {
    const judged = withTargets([
      row('county', KEYS.recompute, 12.5, 1.2),
      row('county', KEYS.load, 10),
    ]);
    const text = renderTable(judged).split('\n');
    expect(text).toHaveLength(4);
    expect(text[2]).toMatch(/county\s+recompute\.full\s+12\.5 ms\s+≤ 50\.0 ms\s+1\.20×\s+PASS/);
    expect(renderMarkdown(judged).split('\n')).toHaveLength(4);
  });
});
