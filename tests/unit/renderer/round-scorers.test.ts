import { describe, expect, it } from 'vitest';
import type { EvaluatorView } from '../../../shared/domain/views/rounds';
import { roundScorers, SELF_SCORER } from '../../../renderer/src/features/scoring/roundScorers';

function evaluator(id: string, assigned: [string, number][]): EvaluatorView {
  return {
    id,
    name: id,
    role: '',
    unitId: null,
    unitName: null,
    unitKind: null,
    assignedBranches: assigned.map(([roundId, count]) => ({ roundId, count })),
  };
}

const EVALUATORS = [
  evaluator('李华', [['county', 4]]),
  evaluator('王芳', [
    ['township', 2],
    ['county', 0],
  ]),
  evaluator('赵强', []),
];

/**
 * Issue #11 point 3: the grid and the fill-in workbooks offer, and select first, only who may
 * score in the round — never 自评 in an evaluators' round, where one keystroke once made a self
 * sheet that dropped a branch from 五星 to 不完整.
 */
describe('who may score in a round (grid and workbook choices)', () => {
  it('is the branch itself, and only it, in a self round', () => {
    expect(roundScorers({ id: 'self', kind: 'self' }, EVALUATORS)).toEqual([SELF_SCORER]);
  });

  it('is the evaluators with branches assigned in that round, never 自评, in the others', () => {
    expect(roundScorers({ id: 'county', kind: 'county' }, EVALUATORS)).toEqual(['李华']);
    expect(roundScorers({ id: 'township', kind: 'township' }, EVALUATORS)).toEqual(['王芳']);
  });

  it('is nobody in a round without assignments, so nothing is selected by default', () => {
    expect(roundScorers({ id: 'other', kind: 'other' }, EVALUATORS)).toEqual([]);
  });
});
