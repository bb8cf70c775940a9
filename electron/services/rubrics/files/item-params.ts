import { formatCenti } from '../../../../shared/domain/points';
import type {
  GateRule,
  ItemType,
  RubricDimension,
  RubricItem,
  VetoRule,
} from '../../../../shared/domain/rubric';
import { parsePointsText } from './points-text';
import type { ListEntry } from './text-list';
import { escapeText, formatList, parseList, splitUnescaped, unescapeText } from './text-list';
import { chineseNumeral, matchWord, parseLevelWord } from './vocabulary';

/**
 * The 参数 (parameters) cell: an item's step, per-finding deduction, choice options, veto and
 * gate rules, and a dimension's pass line and bonus cap, as `key=value` pairs people can read
 * and type (`每处=1`, `好=10;较好=8;一般=5;差=0`, `范围=本星;效果=取消本星`).
 */
export interface ParamProblem {
  code: 'param-unknown' | 'param-invalid' | 'param-missing' | 'param-repeated';
  params: Record<string, string>;
}

export interface OptionDraft {
  key: string;
  label: string;
  labelEn?: string;
  points: number;
}

export interface ItemParams {
  step?: number;
  perFinding?: number;
  options?: OptionDraft[];
  veto?: VetoRule;
  gate?: GateRule;
}

export interface DimensionParams {
  passLine?: number;
  bonusCap?: number;
}

const ITEM_KEYS = {
  step: ['步长', 'step'],
  per: ['每处', '每处扣', '每处扣分', '每项', '每次', 'per', 'perFinding'],
  scope: ['范围', 'scope'],
  effect: ['效果', 'effect'],
  min: ['门槛', '最低', 'min', 'threshold'],
  cap: ['最高等级', 'cap', 'capLevel'],
};
type ItemKey = keyof typeof ITEM_KEYS;

const DIMENSION_KEYS = {
  pass: ['达标线', '及格线', '合格线', 'pass', 'passLine'],
  bonusCap: ['加分上限', 'bonusCap'],
};

const SCOPE_WORDS = { star: ['本星', '该星', 'star'], rating: ['评定', '整体', '全部', 'rating'] };
const EFFECT_WORDS = {
  'cancel-star': ['取消本星', '取消该星', 'cancel-star'],
  'no-rating': ['不予评定', '取消评定资格', '取消评定', 'no-rating'],
  'cap-level': ['限定等级', 'cap-level'],
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** The key an option gets when the cell names none: from its English label, else its place. */
export function defaultOptionKey(labelEn: string | undefined, index: number): string {
  const slug = (labelEn ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return CODE.test(slug) ? slug : `o${index + 1}`;
}

const capWord = (level: number): string => `最高${chineseNumeral(level)}星`;

function formatOptions(options: NonNullable<RubricItem['options']>): string {
  return options
    .map((o, i) => {
      const key = o.key === defaultOptionKey(o.labelEn, i) ? '' : `${o.key}:`;
      const en = o.labelEn === undefined ? '' : `/${escapeText(o.labelEn, '/:')}`;
      return `${key}${escapeText(o.label, '/:')}${en}=${formatCenti(o.points)}`;
    })
    .join(';');
}

export function formatItemParams(item: RubricItem): string {
  const pairs: [string, string][] = [];
  if (item.step !== undefined) pairs.push(['步长', formatCenti(item.step)]);
  if (item.perFinding !== undefined) pairs.push(['每处', formatCenti(item.perFinding)]);
  if (item.veto) {
    const v = item.veto;
    pairs.push(['范围', v.scope === 'star' ? '本星' : '评定']);
    pairs.push([
      '效果',
      v.effect === 'cancel-star'
        ? '取消本星'
        : v.effect === 'no-rating'
          ? '不予评定'
          : capWord(v.capLevel),
    ]);
  }
  if (item.gate) {
    const g = item.gate;
    if (g.min !== undefined) pairs.push(['门槛', `${formatCenti(g.min)}%`]);
    pairs.push(['效果', g.effect === 'cancel-star' ? '取消本星' : capWord(g.level - 1)]);
  }
  const options = item.options ? formatOptions(item.options) : '';
  return [formatList(pairs), options].filter((s) => s !== '').join(';');
}

export function formatDimensionParams(dim: RubricDimension): string {
  const pairs: [string, string][] = [];
  if (dim.passLine !== undefined) pairs.push(['达标线', formatCenti(dim.passLine)]);
  if (dim.bonusCap !== undefined) pairs.push(['加分上限', formatCenti(dim.bonusCap)]);
  return formatList(pairs);
}

const invalid = (e: ListEntry): ParamProblem => ({
  code: 'param-invalid',
  params: { key: e.key, value: e.value },
});

/** A points value; a gate's threshold may carry a % sign (90% is recorded as 90). */
function points(e: ListEntry, problems: ParamProblem[], percent = false): number | undefined {
  const parsed = parsePointsText(percent ? e.value.replace(/[%％]$/, '') : e.value);
  if (parsed.ok) return parsed.value;
  problems.push(invalid(e));
  return undefined;
}

function parseOption(e: ListEntry, index: number, problems: ParamProblem[]): OptionDraft | null {
  const value = parsePointsText(e.value);
  if (!e.hasValue || !value.ok) {
    problems.push(invalid(e));
    return null;
  }
  let rest = e.rawKey;
  let key: string | undefined;
  const [maybeKey, afterColon] = splitUnescaped(rest, new Set([':']), 2);
  if (afterColon !== undefined && CODE.test(unescapeText(maybeKey ?? '').trim())) {
    key = unescapeText(maybeKey ?? '').trim();
    rest = afterColon;
  }
  const [label = '', labelEn] = splitUnescaped(rest, new Set(['/']), 2);
  const en = labelEn === undefined ? undefined : unescapeText(labelEn).trim();
  const option: OptionDraft = {
    key: key ?? defaultOptionKey(en, index),
    label: unescapeText(label).trim(),
    points: value.value,
  };
  if (en !== undefined && en !== '') option.labelEn = en;
  return option;
}

type Effect = { kind: 'cancel-star' } | { kind: 'no-rating' } | { kind: 'cap'; cap: number | null };

function parseEffect(e: ListEntry): Effect | null {
  const word = matchWord(e.value, EFFECT_WORDS);
  if (word === 'cap-level') return { kind: 'cap', cap: null };
  if (word === 'cancel-star') return { kind: 'cancel-star' };
  if (word === 'no-rating') return { kind: 'no-rating' };
  const m = /^(?:最高|至多|at-?most-?|max-?)(.+)$/i.exec(e.value.replace(/\s+/g, ''));
  const cap = m?.[1] === undefined ? null : parseLevelWord(m[1]);
  return cap === null ? null : { kind: 'cap', cap };
}

interface RuleInput {
  scope?: ListEntry;
  effect?: ListEntry;
  min?: ListEntry;
  cap?: ListEntry;
}

function capLevel(
  effect: { kind: 'cap'; cap: number | null },
  rule: RuleInput,
  problems: ParamProblem[],
): number | null {
  if (effect.cap !== null) return effect.cap;
  const level = rule.cap ? parseLevelWord(rule.cap.value) : null;
  if (rule.cap && level === null) problems.push(invalid(rule.cap));
  if (!rule.cap) problems.push({ code: 'param-missing', params: { key: '最高等级' } });
  return level;
}

function scopeFits(rule: RuleInput, expected: 'star' | 'rating', problems: ParamProblem[]) {
  if (!rule.scope) return;
  if (matchWord(rule.scope.value, SCOPE_WORDS) !== expected) problems.push(invalid(rule.scope));
}

function buildVeto(rule: RuleInput, problems: ParamProblem[]): VetoRule | undefined {
  if (rule.min) problems.push({ code: 'param-unknown', params: { key: rule.min.key } });
  if (!rule.effect) {
    if (rule.scope) problems.push({ code: 'param-missing', params: { key: '效果' } });
    return undefined;
  }
  const effect = parseEffect(rule.effect);
  if (!effect) {
    problems.push(invalid(rule.effect));
    return undefined;
  }
  if (effect.kind === 'cancel-star') {
    scopeFits(rule, 'star', problems);
    return { scope: 'star', effect: 'cancel-star' };
  }
  scopeFits(rule, 'rating', problems);
  if (effect.kind === 'no-rating') return { scope: 'rating', effect: 'no-rating' };
  const cap = capLevel(effect, rule, problems);
  return cap === null ? undefined : { scope: 'rating', effect: 'cap-level', capLevel: cap };
}

function buildGate(rule: RuleInput, problems: ParamProblem[]): GateRule | undefined {
  const min = rule.min ? points(rule.min, problems, true) : undefined;
  if (!rule.effect) {
    if (rule.min || rule.scope) problems.push({ code: 'param-missing', params: { key: '效果' } });
    return undefined;
  }
  const effect = parseEffect(rule.effect);
  if (!effect || effect.kind === 'no-rating') {
    problems.push(invalid(rule.effect));
    return undefined;
  }
  const withMin = min === undefined ? {} : { min };
  if (effect.kind === 'cancel-star') {
    scopeFits(rule, 'star', problems);
    return { effect: 'cancel-star', ...withMin };
  }
  scopeFits(rule, 'rating', problems);
  const cap = capLevel(effect, rule, problems);
  // The gate guards the level above the cap: "at most four stars" when it fails.
  return cap === null ? undefined : { effect: 'cap-level', level: cap + 1, ...withMin };
}

/** Reads an item's parameters; `type` decides which keys apply (null: unknown type). */
export function parseItemParams(
  text: string,
  type: ItemType | null,
): { fields: ItemParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const fields: ItemParams = {};
  const rule: RuleInput = {};
  const seen = new Set<ItemKey>();
  const options: OptionDraft[] = [];
  for (const e of parseList(text)) {
    const key = matchWord(e.key, ITEM_KEYS);
    if (key === null) {
      if (type === 'choice') {
        const option = parseOption(e, options.length, problems);
        if (option) options.push(option);
      } else {
        problems.push({ code: 'param-unknown', params: { key: e.key } });
      }
      continue;
    }
    if (seen.has(key)) {
      problems.push({ code: 'param-repeated', params: { key: e.key } });
      continue;
    }
    seen.add(key);
    if (key === 'step' || key === 'per') {
      const value = points(e, problems);
      if (value !== undefined) fields[key === 'step' ? 'step' : 'perFinding'] = value;
    } else if (type === 'veto' || type === 'gate') {
      rule[key] = e;
    } else {
      problems.push({ code: 'param-unknown', params: { key: e.key } });
    }
  }
  if (options.length > 0) fields.options = options;
  if (type === 'veto') {
    const veto = buildVeto(rule, problems);
    if (veto) fields.veto = veto;
  }
  if (type === 'gate') {
    const gate = buildGate(rule, problems);
    if (gate) fields.gate = gate;
  }
  return { fields, problems };
}

export function parseDimensionParams(text: string): {
  fields: DimensionParams;
  problems: ParamProblem[];
} {
  const problems: ParamProblem[] = [];
  const fields: DimensionParams = {};
  for (const e of parseList(text)) {
    const key = matchWord(e.key, DIMENSION_KEYS);
    if (key === null) {
      problems.push({ code: 'param-unknown', params: { key: e.key } });
    } else if ((key === 'pass' ? fields.passLine : fields.bonusCap) !== undefined) {
      problems.push({ code: 'param-repeated', params: { key: e.key } });
    } else {
      const value = points(e, problems);
      if (value !== undefined) fields[key === 'pass' ? 'passLine' : 'bonusCap'] = value;
    }
  }
  return { fields, problems };
}

/** Indicators take no parameters; anything written there is reported, not dropped. */
export function parseIndicatorParams(text: string): ParamProblem[] {
  return parseList(text).map((e) => ({ code: 'param-unknown', params: { key: e.key } }));
}
