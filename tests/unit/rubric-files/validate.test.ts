import { describe, expect, it } from 'vitest';
import { loadDemoRubric } from '../../../electron/services/demo/service';
import { listTemplates } from '../../../electron/services/rubrics/templates';
import type { RubricDefinitionInput, RubricItem } from '../../../shared/domain/rubric';
import type { RubricProblemCode } from '../../../shared/domain/rubric-validate';
import { RUBRIC_PROBLEM_CODES, validateRubric } from '../../../shared/domain/rubric-validate';
import {
  allFeatures,
  bandsRubric,
  baseRubric,
  expectTranslatable,
  weightedRubric,
  where,
} from './support';

type Def = RubricDefinitionInput;

function item(def: Def, code: string): RubricItem {
  for (const d of def.dimensions)
    for (const i of d.indicators) for (const it of i.items) if (it.code === code) return it;
  throw new Error(`no item ${code}`);
}
const dim = (def: Def, i: number) => {
  const d = def.dimensions[i];
  if (!d) throw new Error('no dimension');
  return d;
};
/** A broken copy of a valid rubric: exactly one thing changed. */
function broken(make: () => Def, change: (def: Def) => void): Def {
  const def = make();
  change(def);
  return def;
}

interface Case {
  code: RubricProblemCode;
  def: Def;
  at: string;
  params?: Record<string, string | number>;
}

const cases: Case[] = [
  {
    code: 'schema',
    def: broken(baseRubric, (d) => (dim(d, 1).name = '')),
    at: 'dimensions.1.name',
  },
  {
    code: 'empty-group',
    def: broken(baseRubric, (d) => {
      const ind = dim(d, 1).indicators[0];
      if (ind) ind.items = [];
    }),
    at: 'B.1',
  },
  {
    code: 'duplicate-code',
    // Across levels: an item reusing a dimension's code.
    def: broken(baseRubric, (d) => (item(d, 'B.1.1').code = 'A')),
    at: 'A',
    params: { code: 'A', count: 2 },
  },
  {
    code: 'maximum-mismatch',
    def: broken(baseRubric, (d) => (item(d, 'A.1.1').max = 1100)),
    at: 'A.1',
    params: { code: 'A.1', declared: '20', sum: '21' },
  },
  {
    code: 'unknown-type',
    def: broken(baseRubric, (d) => {
      (item(d, 'B.1.1') as { type: string }).type = 'score';
    }),
    at: 'B.1.1',
    params: { code: 'B.1.1', type: 'score' },
  },
  {
    code: 'deduction-needs-per-finding',
    def: broken(baseRubric, (d) => delete item(d, 'A.1.2').perFinding),
    at: 'A.1.2',
  },
  {
    code: 'choice-needs-options',
    def: broken(baseRubric, (d) => delete item(d, 'A.1.3').options),
    at: 'A.1.3',
  },
  {
    code: 'choice-max-not-highest-option',
    def: broken(baseRubric, (d) => {
      const good = item(d, 'A.1.3').options?.[0];
      if (good) good.points = 400;
    }),
    at: 'A.1.3',
    params: { code: 'A.1.3', max: '5', highest: '4' },
  },
  {
    code: 'option-key-duplicate',
    def: broken(baseRubric, (d) => {
      const poor = item(d, 'A.1.3').options?.[1];
      if (poor) poor.key = 'good';
    }),
    at: 'A.1.3',
    params: { code: 'A.1.3', key: 'good' },
  },
  {
    code: 'veto-needs-rule',
    def: broken(baseRubric, (d) => delete item(d, 'A.1.5').veto),
    at: 'A.1.5',
  },
  {
    code: 'veto-has-points',
    def: broken(baseRubric, (d) => (item(d, 'A.1.5').max = 100)),
    at: 'A.1.5',
    params: { code: 'A.1.5', max: '1' },
  },
  {
    code: 'gate-needs-rule',
    def: broken(baseRubric, (d) => delete item(d, 'A.1.6').gate),
    at: 'A.1.6',
  },
  {
    code: 'gate-has-points',
    def: broken(baseRubric, (d) => (item(d, 'A.1.6').max = 250)),
    at: 'A.1.6',
    params: { code: 'A.1.6', max: '2.5' },
  },
  {
    code: 'rule-on-wrong-type',
    def: broken(baseRubric, (d) => (item(d, 'A.1.1').perFinding = 100)),
    at: 'A.1.1',
    params: { code: 'A.1.1', rule: 'perFinding', type: 'points' },
  },
  {
    code: 'step-not-dividing-max',
    def: broken(baseRubric, (d) => (item(d, 'A.1.1').step = 300)),
    at: 'A.1.1',
    params: { code: 'A.1.1', max: '10', step: '3' },
  },
  {
    code: 'bonus-cap-below-item',
    def: broken(baseRubric, (d) => (dim(d, 0).bonusCap = 150)),
    at: 'A',
    params: { code: 'A', cap: '1.5', item: 'A.1.4', itemMax: '2' },
  },
  {
    code: 'pass-line-above-max',
    def: broken(baseRubric, (d) => (dim(d, 1).passLine = 2500)),
    at: 'B',
    params: { code: 'B', passLine: '25', max: '20' },
  },
  {
    code: 'pass-line-missing',
    def: broken(baseRubric, (d) => delete dim(d, 1).passLine),
    at: 'B',
  },
  {
    code: 'star-relation-unknown-star',
    def: broken(baseRubric, (d) => {
      d.scheme = { kind: 'per-star', starRelation: { star: 'Z', relation: 'prerequisite' } };
    }),
    at: 'scheme.starRelation.star',
    params: { star: 'Z' },
  },
  {
    code: 'star-veto-outside-per-star',
    def: broken(
      bandsRubric,
      (d) => (item(d, 'A.1.5').veto = { scope: 'star', effect: 'cancel-star' }),
    ),
    at: 'A.1.5',
  },
  {
    code: 'bands-not-descending',
    def: broken(bandsRubric, (d) => {
      d.scheme = {
        kind: 'bands',
        bands: [
          { level: 3, min: 3600 },
          { level: 2, min: 3700 },
          { level: 1, min: 2400 },
        ],
      };
    }),
    at: 'scheme.bands.0',
    params: { level: 3, min: '36', lowerLevel: 2, lowerMin: '37' },
  },
  {
    code: 'band-duplicate-level',
    def: broken(bandsRubric, (d) => {
      d.scheme = {
        kind: 'bands',
        bands: [
          { level: 3, min: 3600 },
          { level: 3, min: 3000 },
        ],
      };
      d.quotas = [];
      d.levels = [];
    }),
    at: 'scheme.bands.1',
    params: { level: 3 },
  },
  {
    code: 'band-above-max',
    // 40 points plus at most 2 bonus points: 42.01 cannot be reached.
    def: broken(bandsRubric, (d) => {
      d.scheme = { kind: 'bands', bands: [{ level: 3, min: 4201 }] };
      d.quotas = [];
    }),
    at: 'scheme.bands.0',
    params: { level: 3, min: '42.01', max: '42' },
  },
  {
    code: 'weighted-unknown-dimension',
    def: broken(weightedRubric, (d) => {
      if (d.scheme.kind === 'weighted')
        d.scheme.parts[1] = { add: ['B'], subtract: ['X'], weight: 30 };
    }),
    at: 'scheme.parts.1',
    params: { code: 'X' },
  },
  {
    code: 'weighted-weights-not-100',
    def: broken(weightedRubric, (d) => {
      if (d.scheme.kind === 'weighted') d.scheme.parts[1] = { add: ['B'], weight: 20 };
    }),
    at: 'scheme.parts',
    params: { sum: 90 },
  },
  {
    // Two stars: levels 0, 1 and 2 exist, a third star does not.
    code: 'quota-unknown-level',
    def: broken(baseRubric, (d) => (d.quotas = [{ level: 3, max: { share: 10 } }])),
    at: 'quotas.0',
    params: { level: 3 },
  },
  {
    code: 'quota-share-over-100',
    def: broken(bandsRubric, (d) => {
      d.quotas = [
        { level: 2, min: { share: 60 } },
        { level: 1, min: { share: 50 } },
      ];
    }),
    at: 'quotas',
    params: { scope: 'campaign', sum: 110 },
  },
  {
    code: 'quota-max-and-min-conflict',
    def: broken(bandsRubric, (d) => {
      d.quotas = [{ level: 2, max: { count: 3 }, min: { count: 5 } }];
    }),
    at: 'quotas.0',
    params: { level: 2, min: '5', max: '3' },
  },
  {
    code: 'tie-breaker-unknown-dimension',
    def: broken(bandsRubric, (d) => (d.tieBreakers = [{ kind: 'dimension', code: 'A.1' }])),
    at: 'tieBreakers.0',
    params: { code: 'A.1' },
  },
  {
    code: 'level-name-duplicate',
    def: broken(bandsRubric, (d) => {
      d.levels = [
        { level: 3, name: '三星' },
        { level: 3, name: '优秀' },
      ];
    }),
    at: 'levels.1',
    params: { level: 3, name: '优秀' },
  },
];

describe('validateRubric', () => {
  it('finds nothing wrong with the valid rubrics the tests start from', () => {
    for (const make of [baseRubric, bandsRubric, weightedRubric]) {
      expect(validateRubric(make()).problems).toEqual([]);
    }
  });

  it('finds nothing wrong with any built-in template or the demo rubric', () => {
    const definitions = [...listTemplates().map((t) => t.definition), loadDemoRubric()];
    expect(definitions.length).toBeGreaterThan(1);
    for (const def of definitions) {
      const result = validateRubric(def);
      expect(result.problems).toEqual([]);
      expect(result.definition).not.toBeNull();
    }
  });

  it('returns the definition with defaults applied only when there is no problem', () => {
    const ok = validateRubric(baseRubric());
    expect(ok.definition?.precision).toBe(2);
    expect(ok.definition?.combine).toEqual({ method: 'mean', trimMinEvaluators: 5 });
    expect(ok.definition?.quotas).toEqual([]);
    const bad = validateRubric(cases[3]?.def);
    expect(bad.definition).toBeNull();
  });

  it('has a case below for every problem code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...RUBRIC_PROBLEM_CODES].sort());
  });

  for (const c of cases) {
    it(`reports ${c.code} at ${c.at} and nothing else`, () => {
      const { definition, problems } = validateRubric(c.def);
      expect(where(problems)).toEqual([[c.code, c.at]]);
      if (c.params) expect(problems[0]?.params).toMatchObject(c.params);
      for (const p of problems) expectTranslatable(p);
      expect(definition).toBeNull();
    });
  }

  it('names every problem at once, not just the first', () => {
    const def = baseRubric();
    item(def, 'A.1.1').max = 1100;
    item(def, 'A.1.5').max = 100;
    dim(def, 1).name = '';
    const b = item(def, 'B.1.1');
    b.code = 'A.1.2';
    const { problems } = validateRubric(def);
    expect(where(problems)).toEqual([
      ['schema', 'dimensions.1.name'],
      ['duplicate-code', 'A.1.2'],
      ['maximum-mismatch', 'A.1'],
      ['veto-has-points', 'A.1.5'],
    ]);
  });

  it('still checks the meaning when the structure is broken elsewhere', () => {
    const def = baseRubric() as unknown as Record<string, unknown>;
    def.max = 'forty';
    def.extra = true;
    const d = def as unknown as Def;
    delete item(d, 'A.1.2').perFinding;
    const { problems } = validateRubric(def);
    expect(where(problems)).toEqual([
      ['schema', 'max'],
      ['schema', '(root)'],
      ['deduction-needs-per-finding', 'A.1.2'],
    ]);
  });

  it('does not crash on input that is not a rubric at all', () => {
    for (const input of [null, 42, 'text', [], { dimensions: 'x' }, { dimensions: [null, 1] }]) {
      const result = validateRubric(input);
      expect(result.definition).toBeNull();
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it('accepts the all-features fixture (weighted scheme, every rule)', () => {
    expect(allFeatures().definition.scheme.kind).toBe('weighted');
  });
});
