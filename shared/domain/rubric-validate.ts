import type { ItemType, RubricDefinition, RubricItem } from './rubric';
import { ITEM_TYPES, countsTowardMaximum, rubricDefinitionSchema } from './rubric';
import { formatCenti } from './points';
import type { RubricProblem } from './views';

/**
 * Rubric validation that names every problem, not just the first: the zod schema first, then
 * the rules the schema cannot express (maxima adding up, unique codes, rules that fit their
 * item type, a scheme that refers to what exists). The semantic checks read the input through
 * tolerant accessors, so they still run when the schema fails and a file with five mistakes
 * shows five problems at once. Point values in `params` are display points ("2.5").
 */
export interface RubricValidation {
  definition: RubricDefinition | null;
  problems: RubricProblem[];
}

/** Stable codes: the renderer translates `rubricProblems.<code>`; never rename one. */
export const RUBRIC_PROBLEM_CODES = [
  'schema',
  'empty-group',
  'duplicate-code',
  'maximum-mismatch',
  'unknown-type',
  'deduction-needs-per-finding',
  'choice-needs-options',
  'choice-max-not-highest-option',
  'option-key-duplicate',
  'veto-needs-rule',
  'veto-has-points',
  'gate-needs-rule',
  'gate-has-points',
  'rule-on-wrong-type',
  'step-not-dividing-max',
  'bonus-cap-below-item',
  'pass-line-above-max',
  'pass-line-missing',
  'star-relation-unknown-star',
  'star-veto-outside-per-star',
  'bands-not-descending',
  'band-duplicate-level',
  'band-above-max',
  'weighted-unknown-dimension',
  'weighted-weights-not-100',
  'quota-unknown-level',
  'quota-share-over-100',
  'quota-max-and-min-conflict',
  'tie-breaker-unknown-dimension',
  'level-name-duplicate',
] as const;
export type RubricProblemCode = (typeof RUBRIC_PROBLEM_CODES)[number];

type Raw = Readonly<Record<string, unknown>>;
type Params = Record<string, string | number>;

const asObject = (v: unknown): Raw | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Raw) : null;
const asList = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : null);
const asNumber = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const pts = (centi: number): string => formatCenti(centi);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

interface Node {
  path: string;
  /** The code, or the path when the code is unreadable, so a problem always has a place. */
  at: string;
  code: string | null;
  max: number | null;
  raw: Raw;
}
interface ItemNode extends Node {
  type: string | null;
}
interface IndicatorNode extends Node {
  items: ItemNode[] | null;
}
interface DimensionNode extends Node {
  indicators: IndicatorNode[] | null;
}

function node(raw: Raw, path: string): Node {
  const code = asText(raw.code);
  return { path, at: code ?? path, code, max: asNumber(raw.max), raw };
}

/** Reads whatever of the tree is readable; a list that is not a list becomes null. */
function readTree(root: Raw): DimensionNode[] | null {
  const dims = asList(root.dimensions);
  if (!dims) return null;
  return dims.flatMap((d, di) => {
    const dim = asObject(d);
    if (!dim) return [];
    const dimPath = `dimensions.${di}`;
    const inds = asList(dim.indicators);
    return [
      {
        ...node(dim, dimPath),
        indicators: inds
          ? inds.flatMap((i, ii) => {
              const ind = asObject(i);
              if (!ind) return [];
              const indPath = `${dimPath}.indicators.${ii}`;
              const items = asList(ind.items);
              return [
                {
                  ...node(ind, indPath),
                  items: items
                    ? items.flatMap((it, ti) => {
                        const item = asObject(it);
                        if (!item) return [];
                        const n = node(item, `${indPath}.items.${ti}`);
                        return [{ ...n, type: asText(item.type) }];
                      })
                    : null,
                },
              ];
            })
          : null,
      },
    ];
  });
}

class Collector {
  readonly problems: RubricProblem[] = [];
  /** Schema paths a semantic problem already explains (e.g. an unknown type). */
  readonly covered = new Set<string>();

  add(code: RubricProblemCode, at: string, params?: Params): void {
    this.problems.push(params ? { code, at, params } : { code, at });
  }
}

const isItemType = (t: string | null): t is ItemType =>
  t !== null && (ITEM_TYPES as readonly string[]).includes(t);

function checkCodes(dims: DimensionNode[], out: Collector): void {
  const counts = new Map<string, number>();
  const note = (n: Node) => {
    if (n.code !== null) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  };
  for (const d of dims) {
    note(d);
    for (const i of d.indicators ?? []) {
      note(i);
      for (const it of i.items ?? []) note(it);
    }
  }
  for (const [code, count] of counts) {
    if (count > 1) out.add('duplicate-code', code, { code, count });
  }
}

function checkMaxima(root: Raw, dims: DimensionNode[], out: Collector): void {
  const declared = asNumber(root.max);
  let total: number | null = 0;
  if (dims.length === 0) {
    out.add('empty-group', 'dimensions');
    out.covered.add('dimensions');
  }
  for (const d of dims) {
    let dimSum: number | null = 0;
    if (d.indicators?.length === 0) {
      out.add('empty-group', d.at, { code: d.at });
      out.covered.add(`${d.path}.indicators`);
    }
    for (const i of d.indicators ?? []) {
      if (i.items?.length === 0) {
        out.add('empty-group', i.at, { code: i.at });
        out.covered.add(`${i.path}.items`);
      }
      const counted = (i.items ?? []).map((it) => {
        // An unknown type or unreadable maximum makes the sum unknowable, not wrong.
        if (!isItemType(it.type) || it.max === null) return null;
        // Only the type matters to the rule; the one definition of it stays in rubric.ts.
        return countsTowardMaximum({ type: it.type } as RubricItem) ? it.max : 0;
      });
      if (i.items?.length && i.max !== null && counted.every((v) => v !== null)) {
        const s = sum(counted);
        if (s !== i.max)
          out.add('maximum-mismatch', i.at, { code: i.at, declared: pts(i.max), sum: pts(s) });
      }
      dimSum = dimSum === null || i.max === null ? null : dimSum + i.max;
    }
    if (d.indicators?.length && d.max !== null && dimSum !== null && dimSum !== d.max) {
      out.add('maximum-mismatch', d.at, { code: d.at, declared: pts(d.max), sum: pts(dimSum) });
    }
    total = total === null || d.max === null ? null : total + d.max;
  }
  if (declared !== null && total !== null && dims.length > 0 && total !== declared) {
    out.add('maximum-mismatch', 'max', { code: '', declared: pts(declared), sum: pts(total) });
  }
}

function checkItem(item: ItemNode, schemeKind: string | null, out: Collector): void {
  const { raw, at, max } = item;
  const has = (key: string) => raw[key] !== undefined;
  if (!isItemType(item.type)) {
    out.add('unknown-type', at, { code: at, type: String(item.type ?? '') });
    out.covered.add(`${item.path}.type`);
    return;
  }
  const type = item.type;
  if (type === 'deduction' && !has('perFinding'))
    out.add('deduction-needs-per-finding', at, { code: at });
  if (type === 'choice') checkOptions(item, out);
  if (type === 'veto' || type === 'gate') {
    if (!has(type))
      out.add(type === 'veto' ? 'veto-needs-rule' : 'gate-needs-rule', at, { code: at });
    if (max !== null && max !== 0)
      out.add(type === 'veto' ? 'veto-has-points' : 'gate-has-points', at, {
        code: at,
        max: pts(max),
      });
  }
  const rulesByType: [string, (t: string) => boolean][] = [
    ['veto', (t) => t === 'veto'],
    ['gate', (t) => t === 'gate'],
    ['options', (t) => t === 'choice'],
    ['perFinding', (t) => t === 'deduction'],
    // A step is an input step for entered points; a choice, check or fact has none.
    ['step', (t) => t === 'points' || t === 'bonus' || t === 'deduction'],
  ];
  for (const [rule, fits] of rulesByType) {
    if (has(rule) && !fits(type)) out.add('rule-on-wrong-type', at, { code: at, rule, type });
  }
  const step = asNumber(raw.step);
  if ((type === 'points' || type === 'bonus') && step !== null && step > 0 && max !== null) {
    if (max % step !== 0)
      out.add('step-not-dividing-max', at, { code: at, max: pts(max), step: pts(step) });
  }
  const cancelsStar =
    asObject(raw.veto)?.effect === 'cancel-star' || asObject(raw.gate)?.effect === 'cancel-star';
  if (cancelsStar && schemeKind !== null && schemeKind !== 'per-star')
    out.add('star-veto-outside-per-star', at, { code: at, kind: schemeKind });
}

function checkOptions(item: ItemNode, out: Collector): void {
  const options = asList(item.raw.options);
  if (!options || options.length < 2) {
    out.add('choice-needs-options', item.at, { code: item.at });
    out.covered.add(`${item.path}.options`);
    return;
  }
  const points = options.map((o) => asNumber(asObject(o)?.points));
  if (item.max !== null && points.every((p) => p !== null)) {
    const highest = Math.max(...points);
    if (highest !== item.max)
      out.add('choice-max-not-highest-option', item.at, {
        code: item.at,
        max: pts(item.max),
        highest: pts(highest),
      });
  }
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const o of options) {
    const key = asText(asObject(o)?.key);
    if (key === null) continue;
    if (seen.has(key) && !reported.has(key)) {
      out.add('option-key-duplicate', item.at, { code: item.at, key });
      reported.add(key);
    }
    seen.add(key);
  }
}

/** The most a bonus can add: each item's own cap, then the dimension's, then the rubric's. */
function bonusReach(d: DimensionNode): number | null {
  const bonus = (d.indicators ?? []).flatMap((i) =>
    (i.items ?? []).filter((it) => it.type === 'bonus').map((it) => it.max),
  );
  if (bonus.some((m) => m === null)) return null;
  const cap = asNumber(d.raw.bonusCap);
  const s = sum(bonus as number[]);
  return cap === null ? s : Math.min(cap, s);
}

function checkBonusCaps(root: Raw, dims: DimensionNode[], out: Collector): void {
  const rubricCap = asNumber(root.bonusCap);
  for (const d of dims) {
    const cap = asNumber(d.raw.bonusCap);
    for (const i of d.indicators ?? []) {
      for (const it of i.items ?? []) {
        if (it.type !== 'bonus' || it.max === null) continue;
        if (cap !== null && cap < it.max)
          out.add('bonus-cap-below-item', d.at, {
            code: d.at,
            cap: pts(cap),
            item: it.at,
            itemMax: pts(it.max),
          });
        if (rubricCap !== null && rubricCap < it.max)
          out.add('bonus-cap-below-item', 'bonusCap', {
            code: '',
            cap: pts(rubricCap),
            item: it.at,
            itemMax: pts(it.max),
          });
      }
    }
  }
}

function checkDimensions(dims: DimensionNode[], schemeKind: string | null, out: Collector): void {
  for (const d of dims) {
    const passLine = asNumber(d.raw.passLine);
    if (passLine !== null && d.max !== null && passLine > d.max)
      out.add('pass-line-above-max', d.at, {
        code: d.at,
        passLine: pts(passLine),
        max: pts(d.max),
      });
    if (schemeKind === 'per-star' && d.raw.passLine === undefined)
      out.add('pass-line-missing', d.at, { code: d.at });
  }
}

/** The highest total the scheme can produce, or null when something is unreadable. */
function reachableTotal(root: Raw, dims: DimensionNode[], scheme: Raw): number | null {
  const reach = dims.map((d) => {
    const b = bonusReach(d);
    return d.max === null || b === null ? null : { code: d.code, max: d.max, bonus: b };
  });
  if (reach.some((r) => r === null)) return null;
  const known = reach as { code: string | null; max: number; bonus: number }[];
  if (scheme.kind === 'weighted') {
    let total = 0;
    for (const p of asList(scheme.parts) ?? []) {
      const part = asObject(p);
      const weight = asNumber(part?.weight);
      if (!part || weight === null) return null;
      const adds = (asList(part.add) ?? []).map((c) => known.find((k) => k.code === c));
      total += (sum(adds.map((k) => (k ? k.max + k.bonus : 0))) * weight) / 100;
    }
    return total;
  }
  const rubricCap = asNumber(root.bonusCap);
  const bonus = sum(known.map((k) => k.bonus));
  return sum(known.map((k) => k.max)) + (rubricCap === null ? bonus : Math.min(rubricCap, bonus));
}

function checkBands(root: Raw, dims: DimensionNode[], scheme: Raw, out: Collector): number[] {
  const bands = (asList(scheme.bands) ?? []).map((b, i) => {
    const band = asObject(b);
    return { path: `scheme.bands.${i}`, level: asNumber(band?.level), min: asNumber(band?.min) };
  });
  const byLevel = new Map<number, { path: string; level: number; min: number | null }>();
  for (const b of bands) {
    if (b.level === null) continue;
    if (byLevel.has(b.level)) out.add('band-duplicate-level', b.path, { level: b.level });
    else byLevel.set(b.level, { ...b, level: b.level });
  }
  // A higher level must ask for a higher total, whatever order the bands are listed in.
  const ordered = [...byLevel.values()].sort((a, b) => a.level - b.level);
  for (let i = 1; i < ordered.length; i += 1) {
    const lower = ordered[i - 1];
    const higher = ordered[i];
    if (!lower || !higher || lower.min === null || higher.min === null) continue;
    if (higher.min <= lower.min)
      out.add('bands-not-descending', higher.path, {
        level: higher.level,
        min: pts(higher.min),
        lowerLevel: lower.level,
        lowerMin: pts(lower.min),
      });
  }
  const reach = reachableTotal(root, dims, scheme);
  if (reach !== null) {
    for (const b of bands) {
      if (b.level !== null && b.min !== null && b.min > reach)
        out.add('band-above-max', b.path, { level: b.level, min: pts(b.min), max: pts(reach) });
    }
  }
  return [...byLevel.keys()];
}

function checkWeighted(scheme: Raw, dimCodes: Set<string>, out: Collector): void {
  const parts = asList(scheme.parts) ?? [];
  const weights: (number | null)[] = [];
  parts.forEach((p, i) => {
    const part = asObject(p);
    weights.push(asNumber(part?.weight));
    for (const list of [part?.add, part?.subtract]) {
      for (const code of asList(list) ?? []) {
        if (typeof code === 'string' && !dimCodes.has(code))
          out.add('weighted-unknown-dimension', `scheme.parts.${i}`, { code });
      }
    }
  });
  if (parts.length > 0 && weights.every((w) => w !== null)) {
    const total = sum(weights);
    if (total !== 100) out.add('weighted-weights-not-100', 'scheme.parts', { sum: total });
  }
}

interface Bound {
  kind: 'count' | 'share';
  value: number;
}

function bound(v: unknown): Bound | null {
  const o = asObject(v);
  const count = asNumber(o?.count);
  if (count !== null) return { kind: 'count', value: count };
  const share = asNumber(o?.share);
  return share === null ? null : { kind: 'share', value: share };
}

const showBound = (b: Bound): string => (b.kind === 'share' ? `${b.value}%` : String(b.value));

function checkQuotas(root: Raw, levels: Set<number> | null, out: Collector): void {
  const quotas = (asList(root.quotas) ?? []).map((q, i) => {
    const o = asObject(q);
    return {
      path: `quotas.${i}`,
      level: asNumber(o?.level),
      scope: asText(o?.scope) ?? 'campaign',
      max: bound(o?.max),
      min: bound(o?.min),
    };
  });
  const floorShares = new Map<string, number>();
  for (const q of quotas) {
    if (q.level !== null && levels && !levels.has(q.level))
      out.add('quota-unknown-level', q.path, { level: q.level });
    if (q.min?.kind === 'share')
      floorShares.set(q.scope, (floorShares.get(q.scope) ?? 0) + q.min.value);
    if (q.min === null || q.level === null) continue;
    // A floor above a ceiling for the same level and scope (here or in another quota).
    for (const other of quotas) {
      if (other.level !== q.level || other.scope !== q.scope || other.max === null) continue;
      if (other.max.kind === q.min.kind && q.min.value > other.max.value)
        out.add('quota-max-and-min-conflict', q.path, {
          level: q.level,
          min: showBound(q.min),
          max: showBound(other.max),
        });
    }
  }
  for (const [scope, total] of floorShares) {
    if (total > 100) out.add('quota-share-over-100', 'quotas', { scope, sum: total });
  }
}

function checkTieBreakers(root: Raw, dimCodes: Set<string>, out: Collector): void {
  (asList(root.tieBreakers) ?? []).forEach((t, i) => {
    const tb = asObject(t);
    const code = asText(tb?.code);
    if (tb?.kind === 'dimension' && code !== null && !dimCodes.has(code))
      out.add('tie-breaker-unknown-dimension', `tieBreakers.${i}`, { code });
  });
}

function checkLevelNames(root: Raw, out: Collector): void {
  const levels = new Set<number>();
  const names = new Set<string>();
  (asList(root.levels) ?? []).forEach((l, i) => {
    const o = asObject(l);
    const level = asNumber(o?.level);
    const name = asText(o?.name)?.trim() ?? '';
    const dupLevel = level !== null && levels.has(level);
    const dupName = name !== '' && names.has(name);
    if (dupLevel || dupName)
      out.add('level-name-duplicate', `levels.${i}`, { level: level ?? '', name });
    if (level !== null) levels.add(level);
    if (name !== '') names.add(name);
  });
}

function checkScheme(root: Raw, dims: DimensionNode[], out: Collector): void {
  const scheme = asObject(root.scheme);
  const dimCodes = new Set(dims.flatMap((d) => (d.code === null ? [] : [d.code])));
  let levels: Set<number> | null = null;
  if (scheme?.kind === 'per-star') {
    const relation = asObject(scheme.starRelation);
    const star = asText(relation?.star);
    if (star !== null && !dimCodes.has(star))
      out.add('star-relation-unknown-star', 'scheme.starRelation.star', { star });
    levels = new Set(Array.from({ length: dims.length + 1 }, (_, i) => i));
  } else if (scheme?.kind === 'bands' || scheme?.kind === 'weighted') {
    if (scheme.kind === 'weighted') checkWeighted(scheme, dimCodes, out);
    levels = new Set([0, ...checkBands(root, dims, scheme, out)]);
  } else if (scheme?.kind === 'selection') {
    levels = new Set([0, 1]);
  }
  checkQuotas(root, levels, out);
  checkTieBreakers(root, dimCodes, out);
  checkLevelNames(root, out);
}

export function validateRubric(input: unknown): RubricValidation {
  const out = new Collector();
  const root = asObject(input) ?? {};
  const dims = readTree(root);
  const schemeKind = asText(asObject(root.scheme)?.kind);
  if (dims) {
    checkCodes(dims, out);
    checkMaxima(root, dims, out);
    for (const d of dims)
      for (const i of d.indicators ?? [])
        for (const it of i.items ?? []) checkItem(it, schemeKind, out);
    checkBonusCaps(root, dims, out);
    checkDimensions(dims, schemeKind, out);
  }
  checkScheme(root, dims ?? [], out);

  const parsed = rubricDefinitionSchema.safeParse(input);
  const schemaProblems: RubricProblem[] = parsed.success
    ? []
    : parsed.error.issues
        .map((issue) => ({ path: issue.path.map(String).join('.'), issue }))
        .filter(({ path }) => !out.covered.has(path))
        .map(({ path, issue }) => ({
          code: 'schema',
          at: path === '' ? '(root)' : path,
          params: { path: path === '' ? '(root)' : path, message: issue.message },
        }));
  const problems = [...schemaProblems, ...out.problems];
  return { definition: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}
