import { describe, expect, it } from 'vitest';
import type { QuotaOrder } from '../../../../shared/domain/rubric';
import type { BranchResult } from '../../../../shared/scoring';
import { computeResults } from '../../../../shared/scoring';
import { branch, rubric } from './build';

/**
 * Bands 90/80/70/60/0 → five … one star; five stars need the innovation project (a gate that
 * otherwise caps at four). At most one five-star and one four-star branch.
 * P 99 keeps five stars. Q 91 qualifies for five and is pushed down to four by the quota.
 * R 95 would have five but has no project, so it qualifies for four.
 * Who keeps the one four-star place, Q (qualified higher) or R (higher total)?
 */
function scheme(quotaOrder?: QuotaOrder) {
  return rubric(
    [
      {
        code: 'A',
        items: [
          { code: 'P', max: 10000 },
          {
            code: 'G',
            type: 'gate',
            max: 0,
            gate: { effect: 'cap-level', level: 5 },
          },
        ],
      },
    ],
    {
      scheme: {
        kind: 'bands',
        bands: [5, 4, 3, 2, 1].map((level) => ({
          level,
          min: level === 1 ? 0 : (level + 4) * 1000,
        })),
      },
      quotas: [
        { level: 5, max: { count: 1 } },
        { level: 4, max: { count: 1 } },
      ],
      ...(quotaOrder ? { quotaOrder } : {}),
    },
  );
}

function run(quotaOrder?: QuotaOrder): Record<string, BranchResult> {
  const r = scheme(quotaOrder);
  const results = computeResults(r, [
    branch(r, 'P', [{ P: 9900, G: { fact: 1 } }]),
    branch(r, 'Q', [{ P: 9100, G: { fact: 1 } }]),
    branch(r, 'R', [{ P: 9500, G: { fact: 0 } }]),
  ]);
  return Object.fromEntries(results.map((x) => [x.branchId, x]));
}

describe('quota pool order (rubric setting quotaOrder)', () => {
  it('by default ranks the pool by the level qualified for: the branch pushed down keeps the place', () => {
    const { P, Q, R } = run();
    expect([P!.level, Q!.level, R!.level]).toEqual([5, 4, 3]);
    expect(R!.reasons).toContainEqual({
      kind: 'quota-demoted',
      from: 4,
      to: 3,
      rank: 3,
      limit: 1,
      scope: 'campaign',
      order: 'level-first',
    });
  });

  it('with total-first ranks the pool by total: the higher total keeps the place', () => {
    const { P, Q, R } = run('total-first');
    expect([P!.level, Q!.level, R!.level]).toEqual([5, 3, 4]);
    expect(Q!.reasons).toContainEqual({
      kind: 'quota-demoted',
      from: 4,
      to: 3,
      rank: 3,
      limit: 1,
      scope: 'campaign',
      order: 'total-first',
    });
    // Q first fell from five stars under the same order.
    expect(Q!.reasons).toContainEqual(
      expect.objectContaining({ kind: 'quota-demoted', from: 5, to: 4, order: 'total-first' }),
    );
  });

  it('names the order in the reason of every branch a floor moved', () => {
    const r = rubric([{ code: 'A', items: [{ code: 'P', max: 10000 }] }], {
      scheme: {
        kind: 'bands',
        bands: [
          { level: 2, min: 5000 },
          { level: 1, min: 0 },
        ],
      },
      quotas: [{ level: 1, min: { count: 1 } }],
      quotaOrder: 'total-first',
    });
    const results = computeResults(r, [
      branch(r, 'hi', [{ P: 9000 }]),
      branch(r, 'lo', [{ P: 6000 }]),
    ]);
    expect(results.find((x) => x.branchId === 'lo')!.reasons).toContainEqual(
      expect.objectContaining({ kind: 'quota-floor', from: 2, to: 1, order: 'total-first' }),
    );
  });
});
