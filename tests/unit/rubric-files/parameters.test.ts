import { describe, expect, it } from 'vitest';
import {
  parseDimensionParams,
  parseItemParams,
} from '../../../electron/services/rubrics/files/item-params';
import {
  parsePointsNumber,
  parsePointsText,
} from '../../../electron/services/rubrics/files/points-text';
import { readScheme } from '../../../electron/services/rubrics/files/scheme-read';
import { validateRubric } from '../../../shared/domain/rubric-validate';

describe('the parameter cell', () => {
  it('reads every documented Chinese form', () => {
    expect(parseItemParams('步长=0.5', 'points')).toEqual({ fields: { step: 50 }, problems: [] });
    expect(parseItemParams('每处=1', 'deduction').fields).toEqual({ perFinding: 100 });
    expect(parseItemParams('好=10;较好=8;一般=5;差=0', 'choice').fields.options).toEqual([
      { key: 'o1', label: '好', points: 1000 },
      { key: 'o2', label: '较好', points: 800 },
      { key: 'o3', label: '一般', points: 500 },
      { key: 'o4', label: '差', points: 0 },
    ]);
    expect(parseItemParams('范围=本星;效果=取消本星', 'veto').fields.veto).toEqual({
      scope: 'star',
      effect: 'cancel-star',
    });
    expect(parseItemParams('效果=不予评定', 'veto').fields.veto).toEqual({
      scope: 'rating',
      effect: 'no-rating',
    });
    expect(parseItemParams('范围=评定;效果=最高三星', 'veto').fields.veto).toEqual({
      scope: 'rating',
      effect: 'cap-level',
      capLevel: 3,
    });
    expect(parseItemParams('门槛=90%;效果=最高四星', 'gate').fields.gate).toEqual({
      effect: 'cap-level',
      level: 5,
      min: 9000,
    });
    expect(parseItemParams('效果=取消本星', 'gate').fields.gate).toEqual({ effect: 'cancel-star' });
    expect(parseDimensionParams('达标线=80;加分上限=5')).toEqual({
      fields: { passLine: 8000, bonusCap: 500 },
      problems: [],
    });
  });

  it('reads the English forms, any case, and full-width separators', () => {
    expect(parseItemParams('Step=0.5', 'bonus').fields).toEqual({ step: 50 });
    expect(parseItemParams('per=1', 'deduction').fields).toEqual({ perFinding: 100 });
    expect(parseItemParams('scope=star;effect=cancel-star', 'veto').fields.veto).toEqual({
      scope: 'star',
      effect: 'cancel-star',
    });
    expect(parseItemParams('scope=rating; effect=cap-level; cap=2', 'veto').fields.veto).toEqual({
      scope: 'rating',
      effect: 'cap-level',
      capLevel: 2,
    });
    expect(parseItemParams('min=90%;effect=cap-level;cap=4', 'gate').fields.gate).toEqual({
      effect: 'cap-level',
      level: 5,
      min: 9000,
    });
    expect(parseItemParams('效果＝最高4级；门槛＝85', 'gate').fields.gate).toEqual({
      effect: 'cap-level',
      level: 5,
      min: 8500,
    });
    expect(parseDimensionParams('pass=80;bonus-cap=5').fields).toEqual({
      passLine: 8000,
      bonusCap: 500,
    });
  });

  it('reads option keys, English labels and escaped separators', () => {
    const { fields, problems } = parseItemParams(
      'good:好/Good=10;较好/Fairly good=8;x1:一\\;般\\/中=5;差=0',
      'choice',
    );
    expect(problems).toEqual([]);
    expect(fields.options).toEqual([
      { key: 'good', label: '好', labelEn: 'Good', points: 1000 },
      { key: 'fairly-good', label: '较好', labelEn: 'Fairly good', points: 800 },
      { key: 'x1', label: '一;般/中', points: 500 },
      { key: 'o4', label: '差', points: 0 },
    ]);
  });

  it('names what it cannot read', () => {
    expect(parseItemParams('颜色=红', 'points').problems).toEqual([
      { code: 'param-unknown', params: { key: '颜色' } },
    ]);
    expect(parseItemParams('步长=半分', 'points').problems).toEqual([
      { code: 'param-invalid', params: { key: '步长', value: '半分' } },
    ]);
    expect(parseItemParams('范围=评定;效果=取消本星', 'veto').problems).toEqual([
      { code: 'param-invalid', params: { key: '范围', value: '评定' } },
    ]);
    expect(parseItemParams('effect=cap-level', 'veto').problems).toEqual([
      { code: 'param-missing', params: { key: '最高等级' } },
    ]);
    expect(parseItemParams('门槛=90%', 'gate').problems).toEqual([
      { code: 'param-missing', params: { key: '效果' } },
    ]);
    expect(parseItemParams('效果=不予评定', 'gate').problems).toEqual([
      { code: 'param-invalid', params: { key: '效果', value: '不予评定' } },
    ]);
    expect(parseItemParams('好=十分', 'choice').problems).toEqual([
      { code: 'param-invalid', params: { key: '好', value: '十分' } },
    ]);
    expect(parseDimensionParams('达标线=80;达标线=90').problems).toEqual([
      { code: 'param-repeated', params: { key: '达标线' } },
    ]);
  });
});

describe('points as people write them', () => {
  it('converts exactly to hundredths and refuses a third decimal', () => {
    expect(parsePointsText('2.5')).toEqual({ ok: true, value: 250 });
    expect(parsePointsText('０.０５')).toEqual({ ok: true, value: 5 });
    expect(parsePointsText(' 8.50 分')).toEqual({ ok: true, value: 850 });
    expect(parsePointsText('1.005')).toEqual({ ok: false, reason: 'too-precise' });
    expect(parsePointsText('-1')).toEqual({ ok: false, reason: 'invalid' });
    expect(parsePointsText('十')).toEqual({ ok: false, reason: 'invalid' });
    expect(parsePointsNumber(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parsePointsNumber(10 / 3)).toEqual({ ok: false, reason: 'too-precise' });
  });
});

describe('the scheme sheet in English', () => {
  it('reads every entry in its English form', () => {
    const cells = [
      ['kind', 'weighted'],
      ['bands', '3=80;2=60;1=0'],
      ['weighted part', 'add=A,B;subtract=C;weight=70'],
      ['part', 'add=D;weight=30%'],
      ['maximum', '100'],
      ['bonus cap', '10'],
      ['precision', '0'],
      ['combination', 'method=median'],
      ['quota', 'level=3;max=5;min=10%;scope=campaign;ties=demote-all'],
      ['tie-breaker', 'round=self'],
      ['level name', 'level=3;name=优秀;en=Excellent'],
    ].map(([key = '', value = ''], i) => ({ row: i + 1, key, value }));
    const read = readScheme(cells, 'Scheme');
    expect(read.problems).toEqual([]);
    expect(read.fields).toEqual({
      scheme: {
        kind: 'weighted',
        bands: [
          { level: 3, min: 8000 },
          { level: 2, min: 6000 },
          { level: 1, min: 0 },
        ],
        parts: [
          { add: ['A', 'B'], subtract: ['C'], weight: 70 },
          { add: ['D'], subtract: [], weight: 30 },
        ],
      },
      max: 10000,
      bonusCap: 1000,
      precision: 0,
      combine: { method: 'median' },
      quotas: [
        { level: 3, max: { count: 5 }, min: { share: 10 }, scope: 'campaign', ties: 'demote-all' },
      ],
      tieBreakers: [{ kind: 'round-total', roundKind: 'self' }],
      levels: [{ level: 3, name: '优秀', nameEn: 'Excellent' }],
    });
    expect(read.paths.get('scheme.parts.1')).toBe(4);
  });

  it('reads the short star relation and selection forms', () => {
    const read = readScheme(
      [
        { row: 1, key: '评定方式', value: '分星评定' },
        { row: 2, key: '星间关系', value: 'S1=前提' },
      ],
      '评定规则',
    );
    expect(read.fields.scheme).toEqual({
      kind: 'per-star',
      starRelation: { star: 'S1', relation: 'prerequisite' },
    });
    const selection = readScheme(
      [
        { row: 1, key: 'kind', value: 'selection' },
        { row: 2, key: 'selection', value: 'top=10;scope=township;min=60' },
      ],
      'Scheme',
    );
    expect(selection.fields.scheme).toEqual({
      kind: 'selection',
      top: 10,
      scope: 'township',
      min: 6000,
    });
    // What the sheet leaves out takes the schema's defaults.
    const def = validateRubric({
      ...selection.fields,
      max: 100,
      dimensions: [
        {
          code: 'A',
          name: 'A',
          max: 100,
          indicators: [
            {
              code: 'A1',
              name: 'A1',
              max: 100,
              items: [{ code: 'a', name: 'a', type: 'check', max: 100 }],
            },
          ],
        },
      ],
    });
    expect(def.problems).toEqual([]);
    expect(def.definition?.combine).toEqual({ method: 'mean', trimMinEvaluators: 5 });
  });
});
