/**
 * The words of the 评定规则 (scheme) sheet: its row keys and the values they take. Export
 * writes the first word; import accepts any, Chinese or English (see docs/rubric-format.md).
 */
export const SCHEME_KEYS = {
  kind: ['评定方式', '评定模式', 'kind', 'scheme'],
  starRelation: ['星间关系', '星级关系', 'star relation', 'starRelation'],
  max: ['满分', '总分', 'maximum', 'max'],
  bonusCap: ['加分上限', 'bonus cap', 'bonusCap'],
  precision: ['精度', '小数位数', 'precision'],
  combine: ['合成方式', '评委分合成', 'combination', 'combine'],
  bands: ['分档', '等级分档', 'bands'],
  part: ['加权部分', '加权', 'weighted part', 'part', 'parts'],
  selection: ['择优评选', '评选', 'selection'],
  quota: ['比例控制', '名额比例', 'quota', 'quotas'],
  quotaOrder: ['比例排序', '名额排序', 'quota order', 'quotaOrder'],
  tieBreaker: ['同分排序', '并列排序', 'tie-breaker', 'tieBreakers'],
  level: ['等级名称', 'level name', 'levels'],
};
export type SchemeKey = keyof typeof SCHEME_KEYS;

export const SCHEME_KEY_LABELS: Record<SchemeKey, string> = {
  kind: '评定方式 (kind)',
  starRelation: '星间关系 (star relation)',
  max: '满分 (maximum)',
  bonusCap: '加分上限 (bonus cap)',
  precision: '精度 (precision)',
  combine: '合成方式 (combination)',
  bands: '分档 (bands)',
  part: '加权部分 (weighted part)',
  selection: '择优评选 (selection)',
  quota: '比例控制 (quota)',
  quotaOrder: '比例排序 (quota order)',
  tieBreaker: '同分排序 (tie-breaker)',
  level: '等级名称 (level name)',
};

/** Keys that may appear on several rows, one entry each, in order. */
export const REPEATED_KEYS = new Set<SchemeKey>(['part', 'quota', 'tieBreaker', 'level']);

export const SCHEME_HEADERS = ['项目 (key)', '内容 (value)', '说明 (note)'];
export const SCHEME_HEADER_KEY = ['项目', 'key'];
export const SCHEME_HEADER_VALUE = ['内容', 'value'];

export const KINDS = {
  'per-star': ['分星评定', '分星', '逐星评定', 'per-star'],
  bands: ['总分分档', '分档', '总分', 'bands'],
  weighted: ['加权分档', '加权', 'weighted'],
  selection: ['择优评选', '择优', '评选', 'selection'],
};
export const RELATIONS = {
  capstone: ['压轴', '压轴星', 'capstone'],
  prerequisite: ['前提', '前提星', '前置', 'prerequisite'],
};
export const METHODS = {
  mean: ['平均分', '平均', '算术平均', 'mean'],
  'trimmed-mean': [
    '去掉最高最低分后平均',
    '去极值平均',
    '去掉一个最高分和一个最低分',
    'trimmed-mean',
  ],
  median: ['中位数', 'median'],
};
export const SCOPES = {
  campaign: ['全县', '全部', '整体', 'campaign'],
  township: ['各乡镇', '乡镇', '每个乡镇', 'township'],
};
export const TIES = {
  'demote-all': ['全部降档', '降档', 'demote-all'],
  'keep-all': ['全部保留', '保留', 'keep-all'],
};
/** A selection's branches tied on the total across the last place. */
export const SELECTION_TIES = {
  'keep-all': ['全部入选', '同分全部入选', 'keep-all'],
  'drop-all': ['全部不入选', '同分全部不入选', 'drop-all'],
  'tie-breakers': ['按同分排序', '同分排序', 'tie-breakers'],
};
/** Who keeps a place when a quota is full. */
export const QUOTA_ORDERS = {
  'level-first': ['先比原等级', '原等级优先', 'level-first'],
  'total-first': ['先比总分', '总分优先', 'total-first'],
};
export const ROUND_KINDS = {
  self: ['自评', 'self'],
  township: ['乡镇初评', '初评', 'township'],
  county: ['县级审核', '审核', 'county'],
  other: ['其他', 'other'],
};

/** Sub-keys of the entries within a scheme value. */
export const FIELDS = {
  star: ['星', 'star'],
  relation: ['关系', 'relation'],
  method: ['方法', 'method'],
  trimMin: ['最少评委数', '去极值人数', 'trim-min', 'trimMinEvaluators'],
  add: ['加', 'add'],
  subtract: ['减', 'subtract'],
  weight: ['权重', 'weight'],
  top: ['名额', 'top'],
  scope: ['范围', 'scope'],
  min: ['最低分', '最少', 'min'],
  max: ['最多', 'max'],
  level: ['等级', 'level'],
  ties: ['并列', 'ties'],
  dimension: ['维度', 'dimension'],
  round: ['轮次总分', '轮次', 'round'],
  name: ['名称', 'name'],
  nameEn: ['英文名称', '英文', 'en', 'nameEn'],
};
export type Field = keyof typeof FIELDS;

/** The first (Chinese) word of a value, for export. */
export function firstWord<V extends string>(words: Record<V, string[]>, value: V): string {
  return words[value][0] ?? value;
}
