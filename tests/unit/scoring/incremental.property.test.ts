import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRubric, computeResults, RankingState } from '../../../shared/scoring/index';
import { caseArb, toEngine } from './arbitraries';

/** Fixed so a failure replays; fast-check prints it (and the failing case) when a run fails. */
const SEED = 20_261_124;
const RUNS = 150;

describe('incremental re-ranking (RankingState.updateBranch)', () => {
  it('gives exactly what a full recompute gives after every change, quotas and selection included', () => {
    fc.assert(
      fc.property(
        caseArb().chain((c) =>
          fc.tuple(
            fc.constant(c),
            // Each change gives branch `to` the sheets branch `from` has at that moment.
            fc.array(
              fc.record({
                to: fc.nat(c.branches.length - 1),
                from: fc.nat(c.branches.length - 1),
              }),
              { minLength: 1, maxLength: 6 },
            ),
          ),
        ),
        ([{ def, branches }, changes]) => {
          const rubric = compileRubric(def);
          const inputs = toEngine(def, branches);
          const state = RankingState.fromInputs(rubric, inputs);
          expect(state.results()).toEqual(computeResults(rubric, inputs));
          for (const { to, from } of changes) {
            const next = { ...inputs[to]!, sheets: inputs[from]!.sheets };
            inputs[to] = next;
            state.updateBranch(next);
            expect(state.results()).toEqual(computeResults(rubric, inputs));
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
