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
      // Issue #12: a province full recompute within 1 s (and 3× the floor).
      row('province', KEYS.recompute, 900, 2.5),
      row('province', KEYS.recompute, 1100, 2.5),
      row('province', KEYS.recompute, 900, 3.2),
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
      row('province', KEYS.change, 9),
      row('province', KEYS.change, 11),
      { ...row('province', KEYS.memory, 1100), unit: 'MB' },
      row('province', 'screen.cold', 1200),
      row('province', 'screen.warm-wire', 150),
    ]);
    expect(judged.map(verdict)).toEqual(['MISS', 'PASS', 'MISS', 'MISS', 'MISS', 'PASS']);
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
