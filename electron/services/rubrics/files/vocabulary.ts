import type { ItemType } from '../../../../shared/domain/rubric';
import { normalizeWord } from './text-list';

/**
 * The words of the workbook format. They are part of the file format, not the UI, so they live
 * here rather than in the locale files: a workbook must read the same whatever language the app
 * shows. Export writes the first (Chinese) word; import accepts every alias, in either language.
 */
export const RUBRIC_SHEET = '指标体系';
export const SCHEME_SHEET = '评定规则';
export const RUBRIC_SHEET_ALIASES = ['指标体系', '评分细则', '指标', 'rubric'];
export const SCHEME_SHEET_ALIASES = ['评定规则', '评定方式', 'scheme'];

export const COLUMNS = [
  'code',
  'parent',
  'name',
  'nameEn',
  'type',
  'max',
  'guidance',
  'params',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];

export const COLUMN_HEADERS: Record<ColumnKey, string> = {
  code: '编码 (code)',
  parent: '上级编码 (parent)',
  name: '名称 (name)',
  nameEn: '英文名称 (English name)',
  type: '类型 (type)',
  max: '分值 (maximum)',
  guidance: '评分规则 (rule)',
  params: '参数 (parameters)',
};

const COLUMN_ALIASES: Record<ColumnKey, string[]> = {
  code: ['编码', '代码', '指标编码', '编号', 'code'],
  parent: ['上级编码', '上级', '父级编码', '上级指标编码', 'parent', 'parentcode'],
  name: ['名称', '指标名称', '项目名称', '评分要点', '内容', 'name'],
  nameEn: ['英文名称', '英文', 'englishname', 'name(en)', 'nameen', 'en'],
  type: ['类型', '类别', '项目类型', 'type', 'itemtype'],
  max: ['分值', '满分', '最高分', '分数', '标准分', 'maximum', 'max', 'points', 'maxpoints'],
  guidance: [
    '评分规则',
    '评分标准',
    '评分细则',
    '评分说明',
    '说明',
    'rule',
    'guidance',
    'ruletext',
  ],
  params: ['参数', '类型参数', '规则参数', 'parameters', 'params', 'typeparameters'],
};

/** `编码 (code)` → the whole text, the part outside the brackets, the parts inside. */
export function headerTokens(text: string): string[] {
  const t = normalizeWord(text).replace(/[*:：]/g, '');
  const outside = t.replace(/\([^)]*\)/g, '');
  const inside = [...t.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  return [t, outside, ...inside].filter((x) => x !== '');
}

function matchAlias<K extends string>(text: string, aliases: Record<K, string[]>): K | null {
  const keys = Object.keys(aliases) as K[];
  for (const token of headerTokens(text)) {
    const hit = keys.find((k) => aliases[k].some((a) => normalizeWord(a) === token));
    if (hit) return hit;
  }
  return null;
}

export function matchColumn(text: string): ColumnKey | null {
  return matchAlias(text, COLUMN_ALIASES);
}

export function sheetMatches(name: string, aliases: string[]): boolean {
  const n = normalizeWord(name);
  return aliases.some((a) => n.includes(normalizeWord(a)));
}

export type RowKind = 'dimension' | 'indicator' | ItemType;

export const KIND_WORDS: Record<RowKind, string[]> = {
  dimension: ['维度', '一级指标', '星', 'dimension', 'star'],
  indicator: ['指标', '二级指标', 'indicator'],
  points: ['计分', '评分', '打分', 'points', 'score'],
  deduction: ['扣分', 'deduction'],
  choice: ['选项', '档次', '选档', 'choice', 'option', 'options'],
  check: ['达标', '是否达标', 'check'],
  bonus: ['加分', 'bonus'],
  veto: ['否决', '一票否决', 'veto'],
  gate: ['门槛', '条件', 'gate'],
};

export function matchKind(text: string): RowKind | null {
  return matchAlias(text, KIND_WORDS);
}

export const TYPE_DROPDOWN = (Object.keys(KIND_WORDS) as RowKind[])
  .flatMap((k) => [KIND_WORDS[k][0], k])
  .filter((w): w is string => w !== undefined);

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Level 4 → 四; for the cap words (最高四星). */
export function chineseNumeral(n: number): string {
  return NUMERALS[n] ?? String(n);
}

/** "4", "四", "四星", "4级", "五星级" → 4 (0 … 10). */
export function parseLevelWord(text: string): number | null {
  const t = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(星级|星|级|档)$/, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const i = NUMERALS.indexOf(t === '两' ? '二' : t);
  return i >= 0 ? i : null;
}

/** Finds the value whose words include the text (normalised), e.g. scope words. */
export function matchWord<V extends string>(text: string, words: Record<V, string[]>): V | null {
  const n = normalizeWord(text);
  const keys = Object.keys(words) as V[];
  return keys.find((k) => words[k].some((w) => normalizeWord(w) === n)) ?? null;
}
