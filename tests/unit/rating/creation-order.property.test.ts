import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseArb } from '../scoring/arbitraries';
import { tempDir } from '../support';
import {
  buildCampaign,
  identityOrder,
  rankingByName,
  shuffledOrder,
  storable,
} from './campaign-builder';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/**
 * The same county entered twice: townships, branches, evaluators and sheets created in one
 * order, then in a shuffled one (so sort orders, ids and rowids all differ). Every ranking row
 * and every explanation, flags and reasons included, must be the same branch by branch.
 */
describe('creation order never matters (fast-check, real SQLite through the registry)', () => {
  it('gives identical rows and explanations whatever order things were created in', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        caseArb().map(({ def, branches }) => ({ def: storable(def), branches })),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        async ({ def, branches }, seed) => {
          run += 1;
          const first = await buildCampaign(
            tmp.dir,
            `order-${run}-a.sqlite`,
            def,
            branches,
            identityOrder(branches),
          );
          const second = await buildCampaign(
            tmp.dir,
            `order-${run}-b.sqlite`,
            def,
            branches,
            shuffledOrder(branches, seed),
          );
          try {
            expect(await rankingByName(second)).toEqual(await rankingByName(first));
          } finally {
            first.services.close();
            second.services.close();
          }
        },
      ),
      { seed: 20_251_202, numRuns: 40 },
    );
  }, 300_000);
});
