import { describe, expect, it } from 'vitest';
import type { SelectionTies } from '../../../../shared/domain/rubric';
import type { BranchResult } from '../../../../shared/scoring';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

/**
 * Top 2 per township. A1 is clearly first; A2, A3 and A4 tie on 80 points across the second
 * place; the rubric's tie-breaker (dimension B) ranks A3 above A2 and A4, which are tied on it.
 */
function award(ties?: SelectionTies) {
  return rubric(
    [
      { code: 'A', items: [{ code: 'P', max: 9000 }] },
      { code: 'B', items: [{ code: 'Q', max: 1000 }] },
    ],
    {
      scheme: { kind: 'selection', top: 2, scope: 'township', ...(ties ? { ties } : {}) },
      tieBreakers: [{ kind: 'dimension', code: 'B' }],
    },
  );
}

const field = (r: ReturnType<typeof award>, order: string[]) => {
  const scores: Record<string, { P: number; Q: number }> = {
    A1: { P: 9000, Q: 500 },
    A2: { P: 7500, Q: 500 },
    A3: { P: 7000, Q: 1000 },
    A4: { P: 7500, Q: 500 },
  };
  return order.map((id) => branch(r, id, [scores[id]!], { townshipId: 'A' }));
};

/** Each branch's level and, when flagged as tied at the border, whether it kept its place. */
function outcome(results: BranchResult[]) {
  return Object.fromEntries(
    results.map((x) => {
      const tie = x.reasons.find((reason) => reason.kind === 'border-tie');
      return [
        x.branchId,
        { level: x.level, tie: tie ? { kept: tie.kept, policy: tie.policy } : null },
      ];
    }),
  );
}

const ORDERS = [
  ['A1', 'A2', 'A3', 'A4'],
  ['A4', 'A3', 'A2', 'A1'],
  ['A3', 'A1', 'A4', 'A2'],
];

describe('selection: branches tied at the last place', () => {
  it('keeps all tied by default and flags every one of them, whatever the input order', () => {
    const r = award();
    for (const order of ORDERS) {
      const result = outcome(computeResults(r, field(r, order)));
      expect(result).toEqual({
        A1: { level: 1, tie: null },
        A2: { level: 1, tie: { kept: true, policy: 'keep-all' } },
        A3: { level: 1, tie: { kept: true, policy: 'keep-all' } },
        A4: { level: 1, tie: { kept: true, policy: 'keep-all' } },
      });
    }
  });

  it('names the policy applied and the rank they share', () => {
    const r = award();
    const results = computeResults(r, field(r, ORDERS[0]!));
    expect(results.find((x) => x.branchId === 'A4')!.reasons).toContainEqual({
      kind: 'border-tie',
      level: 1,
      rank: 2,
      kept: true,
      policy: 'keep-all',
    });
  });

  it('drops all tied under drop-all: the list shrinks, and each is flagged', () => {
    const r = award('drop-all');
    for (const order of ORDERS) {
      const result = outcome(computeResults(r, field(r, order)));
      expect(result).toEqual({
        A1: { level: 1, tie: null },
        A2: { level: 0, tie: { kept: false, policy: 'drop-all' } },
        A3: { level: 0, tie: { kept: false, policy: 'drop-all' } },
        A4: { level: 0, tie: { kept: false, policy: 'drop-all' } },
      });
    }
  });

  it('lets the tie-breakers decide under tie-breakers; a tie they cannot split is kept whole', () => {
    const r = award('tie-breakers');
    for (const order of ORDERS) {
      const result = outcome(computeResults(r, field(r, order)));
      expect(result).toEqual({
        A1: { level: 1, tie: null },
        A3: { level: 1, tie: { kept: true, policy: 'tie-breakers' } },
        A2: { level: 0, tie: { kept: false, policy: 'tie-breakers' } },
        A4: { level: 0, tie: { kept: false, policy: 'tie-breakers' } },
      });
    }
    // Top 3: A1, A3, then A2 and A4 tied on total and tie-breaker across the third place.
    const three = rubric(
      [
        { code: 'A', items: [{ code: 'P', max: 9000 }] },
        { code: 'B', items: [{ code: 'Q', max: 1000 }] },
      ],
      {
        scheme: { kind: 'selection', top: 3, scope: 'township', ties: 'tie-breakers' },
        tieBreakers: [{ kind: 'dimension', code: 'B' }],
      },
    );
    const levels = computeResults(three, field(three, ORDERS[1]!)).map((x) => [
      x.branchId,
      x.level,
    ]);
    expect(Object.fromEntries(levels)).toEqual({ A1: 1, A2: 1, A3: 1, A4: 1 });
  });
});
