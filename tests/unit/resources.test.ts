import { describe, expect, it } from 'vitest';
import campaign from '../../resources/demo/campaign.json';
import rubric from '../../resources/templates/rural-five-star.json';
import {
  findMaximumMismatches,
  listItems,
  rubricDefinitionSchema,
  type RubricDefinition,
} from '../../shared/domain/rubric';

const parse = (): RubricDefinition => rubricDefinitionSchema.parse(rubric);

describe('rural five-star rubric template', () => {
  it('parses with the rubric schema', () => {
    const result = rubricDefinitionSchema.safeParse(rubric);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has maxima that add up at every level', () => {
    expect(findMaximumMismatches(parse())).toEqual([]);
  });

  it('is a per-star rubric of five stars of 100 points, each with a pass line', () => {
    const def = parse();
    expect(def.scheme.kind).toBe('per-star');
    expect(def.scheme).toEqual({
      kind: 'per-star',
      starRelation: { star: 'S1', relation: 'capstone' },
    });
    expect(def.max).toBe(50000);
    expect(def.dimensions.map((d) => d.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    for (const star of def.dimensions) {
      expect(star.max, star.code).toBe(10000);
      expect(star.passLine, star.code).toBeGreaterThan(0);
      expect(star.passLine!, star.code).toBeLessThanOrEqual(star.max);
    }
  });

  it('uses unique codes and has 50–70 items', () => {
    const def = parse();
    const items = listItems(def);
    expect(items.length).toBeGreaterThanOrEqual(50);
    expect(items.length).toBeLessThanOrEqual(70);
    const codes = [
      ...def.dimensions.map((d) => d.code),
      ...def.dimensions.flatMap((d) => d.indicators.map((i) => i.code)),
      ...items.map((i) => i.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every star exactly one star-scoped veto, and has one rating-scoped veto', () => {
    const def = parse();
    for (const star of def.dimensions) {
      const vetoes = star.indicators
        .flatMap((i) => i.items)
        .filter((i) => i.type === 'veto' && i.veto?.scope === 'star');
      expect(vetoes.length, star.code).toBe(1);
      expect(vetoes[0]!.veto!.effect, star.code).toBe('cancel-star');
    }
    const ratingVetoes = listItems(def).filter((i) => i.veto?.scope === 'rating');
    expect(ratingVetoes.map((i) => i.code)).toEqual(['S1.4.4']);
  });

  it('fills in the fields each item type needs', () => {
    for (const item of listItems(parse())) {
      expect(item.nameEn, item.code).toBeTruthy();
      expect(item.guidance, item.code).toBeTruthy();
      expect(item.type, item.code).not.toBe('bonus');
      expect(item.veto !== undefined, item.code).toBe(item.type === 'veto');
      if (item.type === 'veto') expect(item.max, item.code).toBe(0);
      if (item.type === 'points') expect(item.step, item.code).toBe(50);
      if (item.type === 'deduction') {
        expect(item.perFinding, item.code).toBeGreaterThan(0);
        expect(item.max % item.perFinding!, item.code).toBe(0);
      }
      if (item.type === 'choice') {
        expect(item.options?.length, item.code).toBeGreaterThanOrEqual(2);
        expect(Math.max(...item.options!.map((o) => o.points)), item.code).toBe(item.max);
      }
    }
  });

  it('reports a changed item maximum, level by level', () => {
    // findMaximumMismatches compares each level with its children's declared maxima, so a
    // wrong item shows at its indicator; a wrong indicator at its star; a wrong star at the top.
    const def = structuredClone(parse());
    const indicator = def.dimensions[1]!.indicators[0]!;
    const item = indicator.items.find((i) => i.type === 'points')!;
    item.max += 100;
    expect(findMaximumMismatches(def)).toEqual([
      { code: indicator.code, declared: indicator.max, sum: indicator.max + 100 },
    ]);

    indicator.max += 100;
    expect(findMaximumMismatches(def)).toEqual([{ code: 'S2', declared: 10000, sum: 10100 }]);

    def.dimensions[1]!.max += 100;
    expect(findMaximumMismatches(def)).toEqual([{ code: '(rubric)', declared: 50000, sum: 50100 }]);
  });
});

describe('demo campaign', () => {
  it('names the template and has one county round', () => {
    expect(campaign.rubricTemplate).toBe('rural-five-star');
    expect(campaign.year).toBe(2025);
    expect(campaign.rounds).toEqual([{ kind: 'county', name: '县级审核' }]);
  });

  it('has 4 townships and 35–45 branches with unique names per township', () => {
    expect(campaign.townships).toHaveLength(4);
    expect(campaign.townships.filter((t) => t.kind === 'subdistrict')).toHaveLength(1);
    const branches = campaign.townships.flatMap((t) => t.branches);
    expect(branches.length).toBeGreaterThanOrEqual(35);
    expect(branches.length).toBeLessThanOrEqual(45);
    for (const township of campaign.townships) {
      expect(['township', 'subdistrict'], township.name).toContain(township.kind);
      const names = township.branches.map((b) => b.name);
      expect(new Set(names).size, township.name).toBe(names.length);
    }
    for (const branch of branches)
      expect(['rural', 'community'], branch.name).toContain(branch.type);
  });

  it('has 3 county evaluators', () => {
    expect(campaign.evaluators).toHaveLength(3);
    for (const evaluator of campaign.evaluators) {
      expect(evaluator.name).toBeTruthy();
      expect(evaluator.role).toBeTruthy();
      expect(evaluator.unit).toBe(campaign.county);
    }
  });
});
