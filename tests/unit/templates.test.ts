import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../electron/services/rubrics/templates';
import type { RubricDefinition, RubricDimension, RubricItem } from '../../shared/domain/rubric';
import {
  findMaximumMismatches,
  listItems,
  rubricDefinitionSchema,
} from '../../shared/domain/rubric';

const TEMPLATE_DIR = join(__dirname, '../../resources/templates');

/** The levels a scheme can hand out before quotas: what quotas, caps and names may refer to. */
function schemeLevels(def: RubricDefinition): number[] {
  switch (def.scheme.kind) {
    case 'per-star':
      return def.dimensions.map((_d, i) => i + 1);
    case 'bands':
    case 'weighted':
      return def.scheme.bands.map((b) => b.level);
    case 'selection':
      return [1];
  }
}

function dimensionItems(dim: RubricDimension): RubricItem[] {
  return dim.indicators.flatMap((i) => i.items);
}

/**
 * Everything a built-in template must satisfy beyond the schema, as a list of readable
 * problems, so one failing template shows all it gets wrong at once (and so the checks
 * themselves can be shown to catch broken rubrics below).
 */
function templateProblems(def: RubricDefinition): string[] {
  const problems: string[] = [];
  const items = listItems(def);
  const levels = schemeLevels(def);
  const top = Math.max(...levels);
  const dimCodes = new Set(def.dimensions.map((d) => d.code));

  const codes = [
    ...def.dimensions.map((d) => d.code),
    ...def.dimensions.flatMap((d) => d.indicators.map((i) => i.code)),
    ...items.map((i) => i.code),
  ];
  for (const c of new Set(codes))
    if (codes.filter((x) => x === c).length > 1) problems.push(`duplicate code ${c}`);

  for (const m of findMaximumMismatches(def))
    problems.push(`maximum of ${m.code}: declared ${m.declared}, sum ${m.sum}`);

  // English names everywhere a user sees a name.
  for (const node of [...def.dimensions, ...def.dimensions.flatMap((d) => d.indicators)])
    if (!node.nameEn) problems.push(`${node.code} has no English name`);
  for (const item of items) {
    if (!item.nameEn) problems.push(`${item.code} has no English name`);
    if (!item.guidance) problems.push(`${item.code} has no guidance`);
    for (const option of item.options ?? [])
      if (!option.labelEn) problems.push(`${item.code}/${option.key} has no English label`);
  }
  for (const name of def.levels) if (!name.nameEn) problems.push(`level ${name.level} no English`);

  // Each item type carries exactly the fields it needs.
  for (const item of items) {
    const at = item.code;
    if ((item.veto !== undefined) !== (item.type === 'veto')) problems.push(`${at} veto rule`);
    if ((item.gate !== undefined) !== (item.type === 'gate')) problems.push(`${at} gate rule`);
    if ((item.type === 'veto' || item.type === 'gate') && item.max !== 0)
      problems.push(`${at} carries points`);
    if ((item.type === 'points' || item.type === 'bonus') && item.step !== 50)
      problems.push(`${at} should score in half points`);
    if ((item.type === 'points' || item.type === 'bonus') && item.max % 50 !== 0)
      problems.push(`${at} maximum is not a multiple of its step`);
    if (item.type === 'bonus' && item.max <= 0) problems.push(`${at} bonus without points`);
    if (item.type === 'deduction' && (!item.perFinding || item.max % item.perFinding !== 0))
      problems.push(`${at} deduction does not divide its maximum`);
    if (item.type === 'choice') {
      const best = Math.max(...(item.options ?? []).map((o) => o.points));
      if (best !== item.max) problems.push(`${at} best option ${best} ≠ max ${item.max}`);
      const keys = (item.options ?? []).map((o) => o.key);
      if (new Set(keys).size !== keys.length) problems.push(`${at} duplicate option keys`);
    }
  }

  // Vetoes and gates refer to something the scheme has.
  for (const item of items) {
    const at = item.code;
    if (item.veto?.scope === 'star' && def.scheme.kind !== 'per-star')
      problems.push(`${at} cancels a star in a scheme without stars`);
    if (item.veto?.effect === 'cap-level' && item.veto.capLevel >= top)
      problems.push(`${at} caps at ${item.veto.capLevel}, which caps nothing`);
    if (item.gate?.effect === 'cancel-star' && def.scheme.kind !== 'per-star')
      problems.push(`${at} gate cancels a star in a scheme without stars`);
    if (item.gate?.effect === 'cap-level' && !levels.includes(item.gate.level))
      problems.push(`${at} gate refers to level ${item.gate.level}, which no band gives`);
    if (item.gate?.min !== undefined && (item.gate.min <= 0 || item.gate.min > 10000))
      problems.push(`${at} gate minimum ${item.gate.min} is not a percentage`);
  }

  // A bonus cap below one bonus item's own maximum makes that item unreachable: a rubric error.
  const bonusItems = items.filter((i) => i.type === 'bonus');
  const largestBonus = Math.max(0, ...bonusItems.map((i) => i.max));
  if (def.bonusCap !== undefined) {
    if (bonusItems.length === 0) problems.push('rubric bonus cap without bonus items');
    if (def.bonusCap < largestBonus)
      problems.push(`rubric bonus cap ${def.bonusCap} < bonus item ${largestBonus}`);
  }
  for (const dim of def.dimensions) {
    const dimBonus = dimensionItems(dim).filter((i) => i.type === 'bonus');
    if (dim.bonusCap === undefined) continue;
    if (dimBonus.length === 0) problems.push(`${dim.code} bonus cap without bonus items`);
    for (const item of dimBonus)
      if (dim.bonusCap < item.max)
        problems.push(`${dim.code} bonus cap ${dim.bonusCap} < ${item.code} ${item.max}`);
  }

  // Scheme-specific rules.
  const scheme = def.scheme;
  if (scheme.kind === 'per-star') {
    for (const dim of def.dimensions)
      if (dim.passLine === undefined || dim.passLine <= 0 || dim.passLine > dim.max)
        problems.push(`${dim.code} pass line ${dim.passLine} outside (0, ${dim.max}]`);
    if (scheme.starRelation && !dimCodes.has(scheme.starRelation.star))
      problems.push(`star relation names unknown star ${scheme.starRelation.star}`);
  } else {
    for (const dim of def.dimensions)
      if (dim.passLine !== undefined) problems.push(`${dim.code} has a pass line but no star`);
  }
  if (scheme.kind === 'bands' || scheme.kind === 'weighted') {
    scheme.bands.forEach((band, i) => {
      const next = scheme.bands[i + 1];
      if (next && !(next.min < band.min && next.level < band.level))
        problems.push(`bands ${i} and ${i + 1} not descending`);
    });
    if (scheme.bands.some((b) => b.min > def.max + (def.bonusCap ?? 0)))
      problems.push('a band no total can reach');
  }
  if (scheme.kind === 'selection' && scheme.min !== undefined && scheme.min > def.max)
    problems.push('selection minimum above the maximum');

  const seen = new Set<string>();
  for (const quota of def.quotas) {
    if (!levels.includes(quota.level)) problems.push(`quota for level ${quota.level} no one gets`);
    if (!quota.max && !quota.min) problems.push(`quota for level ${quota.level} limits nothing`);
    const key = `${quota.level}/${quota.scope}`;
    if (seen.has(key)) problems.push(`two quotas for ${key}`);
    seen.add(key);
  }
  for (const tb of def.tieBreakers)
    if (tb.kind === 'dimension' && !dimCodes.has(tb.code))
      problems.push(`tie-breaker on unknown dimension ${tb.code}`);
  for (const name of def.levels)
    if (name.level !== 0 && !levels.includes(name.level))
      problems.push(`name for level ${name.level} no one gets`);
  return problems;
}

function template(id: string): RubricDefinition {
  const found = listTemplates().find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return rubricDefinitionSchema.parse(found.definition);
}

describe('built-in rubric templates', () => {
  it('lists one template per JSON file, with unique ids', () => {
    const files = readdirSync(TEMPLATE_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    const ids = listTemplates().map((t) => t.id);
    expect([...ids].sort()).toEqual(files);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))('%s parses with the schema', (_id, t) => {
    const result = rubricDefinitionSchema.safeParse(t.definition);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))(
    '%s passes every template rule',
    (id, t) => {
      expect(templateProblems(template(id))).toEqual([]);
      expect(t.name.trim()).not.toBe('');
      expect(t.nameEn.trim()).not.toBe('');
      expect(t.scheme).toBe(t.definition.scheme.kind);
      expect(t.max).toBe(t.definition.max);
    },
  );

  it('hands out copies, so editing one cannot change the built-in template', () => {
    const first = listTemplates()[0]!;
    first.definition.max = 1;
    first.definition.dimensions[0]!.name = 'changed';
    const again = listTemplates()[0]!;
    expect(again.definition.max).not.toBe(1);
    expect(again.definition.dimensions[0]!.name).not.toBe('changed');
  });
});

describe('the template rules catch broken rubrics', () => {
  // Without these, a checker that returns [] for everything would pass the tests above.
  const broken: [string, (def: RubricDefinition) => void, RegExp][] = [
    ['a bonus cap below one bonus item', (d) => (d.bonusCap = 200), /rubric bonus cap 200 < /],
    [
      'a dimension bonus cap below one bonus item',
      (d) => (d.dimensions[7]!.bonusCap = 100),
      /B8 bonus cap 100 < B8\.1\.1 500/,
    ],
    [
      'bands out of order',
      (d) => {
        if (d.scheme.kind === 'bands') d.scheme.bands[1]!.min = 9500;
      },
      /bands 0 and 1 not descending/,
    ],
    [
      'a quota on a level nobody gets',
      (d) => d.quotas.push({ level: 7, max: { count: 1 }, scope: 'campaign', ties: 'demote-all' }),
      /quota for level 7/,
    ],
    [
      'a duplicated code',
      (d) => (d.dimensions[1]!.indicators[0]!.items[0]!.code = 'B1.1.1'),
      /duplicate code B1\.1\.1/,
    ],
    [
      'a missing English name',
      (d) => delete d.dimensions[2]!.indicators[0]!.items[0]!.nameEn,
      /B3\.1\.1 has no English name/,
    ],
    [
      'a star veto in a banded scheme',
      (d) => {
        const item = d.dimensions[0]!.indicators[0]!.items[3]!;
        item.veto = { scope: 'star', effect: 'cancel-star' };
      },
      /B1\.1\.4 cancels a star/,
    ],
    [
      'a gate naming a level no band gives',
      (d) => {
        const item = d.dimensions[5]!.indicators[1]!.items[2]!;
        item.gate = { effect: 'cap-level', level: 6 };
      },
      /B6\.2\.3 gate refers to level 6/,
    ],
    [
      'a changed item maximum',
      (d) => (d.dimensions[0]!.indicators[0]!.items[0]!.max = 600),
      /maximum of B1\.1: declared 1500, sum 1600/,
    ],
  ];
  it.each(broken)('flags %s', (_what, breakIt, message) => {
    const def = structuredClone(template('banded-110'));
    breakIt(def);
    expect(templateProblems(def).join('\n')).toMatch(message);
  });
});

describe('rural five-star template', () => {
  const def = template('rural-five-star');
  it('keeps its stars, maxima, pass lines and capstone (the demo scores refer to them)', () => {
    expect(def.scheme).toEqual({
      kind: 'per-star',
      starRelation: { star: 'S1', relation: 'capstone' },
    });
    expect(def.dimensions.map((d) => [d.code, d.max, d.passLine])).toEqual([
      ['S1', 10000, 8000],
      ['S2', 10000, 8000],
      ['S3', 10000, 8000],
      ['S4', 10000, 8000],
      ['S5', 10000, 8000],
    ]);
  });
  it('names the five levels', () => {
    expect(def.levels.map((l) => [l.level, l.name, l.nameEn])).toEqual([
      [1, '一星', 'One star'],
      [2, '二星', 'Two stars'],
      [3, '三星', 'Three stars'],
      [4, '四星', 'Four stars'],
      [5, '五星', 'Five stars'],
    ]);
  });
});

describe('urban community five-star template', () => {
  const def = template('urban-community-five-star');
  it('is per-star, 5 × 100 with pass line 80 and the strong-branch star as capstone', () => {
    expect(def.scheme).toEqual({
      kind: 'per-star',
      starRelation: { star: 'C1', relation: 'capstone' },
    });
    expect(def.max).toBe(50000);
    expect(def.dimensions.map((d) => [d.name, d.max, d.passLine])).toEqual([
      ['支部过硬星', 10000, 8000],
      ['共建共享星', 10000, 8000],
      ['为民服务星', 10000, 8000],
      ['平安法治星', 10000, 8000],
      ['文明和谐星', 10000, 8000],
    ]);
    expect(def.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });
  it('has bonus items under a dimension bonus cap that binds', () => {
    const star = def.dimensions.find((d) => d.bonusCap !== undefined)!;
    const bonus = dimensionItems(star).filter((i) => i.type === 'bonus');
    expect(bonus.length).toBeGreaterThanOrEqual(1);
    expect(bonus.reduce((s, i) => s + i.max, 0)).toBeGreaterThan(star.bonusCap!);
  });
  it('cancels the service star below 90% satisfaction', () => {
    const gates = listItems(def).filter((i) => i.type === 'gate');
    expect(gates.map((g) => g.gate)).toEqual([{ effect: 'cancel-star', min: 9000 }]);
    expect(gates[0]!.code.startsWith('C3.')).toBe(true);
  });
  it('has a star veto per star and one no-rating veto', () => {
    for (const star of def.dimensions)
      expect(
        dimensionItems(star).filter((i) => i.veto?.scope === 'star'),
        star.code,
      ).toHaveLength(1);
    expect(listItems(def).filter((i) => i.veto?.effect === 'no-rating')).toHaveLength(1);
  });
});

describe('banded 110-point template', () => {
  const def = template('banded-110');
  it('has 8 indicators worth 100 plus up to 10 bonus points', () => {
    expect(def.dimensions).toHaveLength(8);
    expect(def.dimensions.map((d) => d.max)).toEqual([1500, 1500, 1000, 1500, 1000, 2000, 1500, 0]);
    expect(def.max).toBe(10000);
    expect(def.bonusCap).toBe(1000);
    const bonus = dimensionItems(def.dimensions[7]!);
    expect(bonus.every((i) => i.type === 'bonus')).toBe(true);
    expect(bonus.reduce((s, i) => s + i.max, 0)).toBeGreaterThan(1000);
  });
  it('bands the total at 90/80/70/60 with one star below 60', () => {
    expect(def.scheme).toEqual({
      kind: 'bands',
      bands: [
        { level: 5, min: 9000 },
        { level: 4, min: 8000 },
        { level: 3, min: 7000 },
        { level: 2, min: 6000 },
        { level: 1, min: 0 },
      ],
    });
    expect(def.levels.map((l) => [l.level, l.name])).toEqual([
      [5, '五星级'],
      [4, '四星级'],
      [3, '三星级'],
      [2, '二星级'],
      [1, '一星级'],
    ]);
  });
  it('needs an innovation project for five stars and 85% satisfaction for four', () => {
    const gates = listItems(def).filter((i) => i.type === 'gate');
    expect(gates.map((g) => g.gate)).toEqual([
      { effect: 'cap-level', level: 5 },
      { effect: 'cap-level', level: 4, min: 8500 },
    ]);
  });
  it('has a no-rating veto and a capping veto', () => {
    expect(listItems(def).flatMap((i) => (i.veto ? [i.veto] : []))).toEqual([
      { scope: 'rating', effect: 'no-rating' },
      { scope: 'rating', effect: 'cap-level', capLevel: 2 },
    ]);
  });
  it('caps five stars at 10%, four at 30% and three at 40% of the campaign', () => {
    expect(def.quotas).toEqual([
      { level: 5, max: { share: 10 }, scope: 'campaign', ties: 'demote-all' },
      { level: 4, max: { share: 30 }, scope: 'campaign', ties: 'demote-all' },
      { level: 3, max: { share: 40 }, scope: 'campaign', ties: 'demote-all' },
    ]);
    expect(def.combine).toEqual({ method: 'trimmed-mean', trimMinEvaluators: 5 });
  });
});

describe('governance award template', () => {
  const def = template('governance-award');
  it('selects the top 3 per township from 70 points, breaking ties on results', () => {
    expect(def.scheme).toEqual({
      kind: 'selection',
      top: 3,
      scope: 'township',
      min: 7000,
      ties: 'tie-breakers',
    });
    expect(def.tieBreakers).toEqual([
      { kind: 'dimension', code: 'G2' },
      { kind: 'round-total', roundKind: 'township' },
    ]);
    expect(def.levels.find((l) => l.level === 1)?.name).toBe('基层治理标兵');
  });
  it('is a small rubric of about 15 items', () => {
    const n = listItems(def).length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(18);
    expect(def.max).toBe(10000);
  });
});
