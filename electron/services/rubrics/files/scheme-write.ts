import { formatCenti } from '../../../../shared/domain/points';
import type { Quota, RubricDefinition, TieBreaker } from '../../../../shared/domain/rubric';
import { escapeText, formatList } from './text-list';
import type { SchemeKey } from './scheme-words';
import {
  KINDS,
  METHODS,
  QUOTA_ORDERS,
  RELATIONS,
  ROUND_KINDS,
  SCOPES,
  SELECTION_TIES,
  TIES,
  firstWord,
} from './scheme-words';

/** One row of the 评定规则 sheet: everything of the definition that is not the tree. */
export interface SchemeRow {
  key: SchemeKey;
  /** Points and the precision are number cells, so Excel does not flag numbers stored as text. */
  value: string | number;
  note: string;
}

const bound = (b: NonNullable<Quota['max']>): string =>
  'share' in b ? `${b.share}%` : String(b.count);

function quotaValue(q: Quota): string {
  const pairs: [string, string][] = [['等级', String(q.level)]];
  if (q.max) pairs.push(['最多', bound(q.max)]);
  if (q.min) pairs.push(['最少', bound(q.min)]);
  pairs.push(['范围', firstWord(SCOPES, q.scope)], ['并列', firstWord(TIES, q.ties)]);
  return formatList(pairs);
}

const tieBreakerValue = (t: TieBreaker): string =>
  t.kind === 'dimension'
    ? formatList([['维度', t.code]])
    : formatList([['轮次总分', firstWord(ROUND_KINDS, t.roundKind)]]);

const bandsValue = (bands: { level: number; min: number }[]): string =>
  formatList(bands.map((b) => [String(b.level), formatCenti(b.min)]));

export function schemeRows(def: RubricDefinition): SchemeRow[] {
  const s = def.scheme;
  const rows: SchemeRow[] = [
    {
      key: 'kind',
      value: firstWord(KINDS, s.kind),
      note: '分星评定 / 总分分档 / 加权分档 / 择优评选',
    },
  ];
  if (s.kind === 'per-star' && s.starRelation) {
    const { star, relation } = s.starRelation;
    rows.push({
      key: 'starRelation',
      value: formatList([
        ['星', star],
        ['关系', firstWord(RELATIONS, relation)],
      ]),
      note: '压轴：其余各星都得到时才计；前提：没有它其余各星都不计',
    });
  }
  rows.push({ key: 'max', value: def.max / 100, note: '各维度分值之和' });
  if (def.bonusCap !== undefined)
    rows.push({ key: 'bonusCap', value: def.bonusCap / 100, note: '全部加分项合计上限' });
  rows.push(
    { key: 'precision', value: def.precision, note: '结果保留的小数位数（0、1 或 2）' },
    {
      key: 'combine',
      value: formatList([
        ['方法', firstWord(METHODS, def.combine.method)],
        ['最少评委数', String(def.combine.trimMinEvaluators)],
      ]),
      note: '平均分 / 去掉最高最低分后平均 / 中位数；去极值至少需要的评委人数',
    },
  );
  if (s.kind === 'bands' || s.kind === 'weighted')
    rows.push({ key: 'bands', value: bandsValue(s.bands), note: '等级=最低总分，如 5=90;4=80' });
  if (s.kind === 'weighted') {
    for (const p of s.parts) {
      const pairs: [string, string][] = [['加', p.add.join(',')]];
      if (p.subtract.length > 0) pairs.push(['减', p.subtract.join(',')]);
      pairs.push(['权重', `${p.weight}%`]);
      rows.push({ key: 'part', value: formatList(pairs), note: '（加项之和 − 减项之和）× 权重' });
    }
  }
  if (s.kind === 'selection') {
    const pairs: [string, string][] = [
      ['名额', String(s.top)],
      ['范围', firstWord(SCOPES, s.scope)],
    ];
    if (s.min !== undefined) pairs.push(['最低分', formatCenti(s.min)]);
    pairs.push(['并列', firstWord(SELECTION_TIES, s.ties)]);
    rows.push({
      key: 'selection',
      value: formatList(pairs),
      note: '按总分取前若干名；并列：全部入选 / 全部不入选 / 按同分排序',
    });
  }
  for (const q of def.quotas)
    rows.push({ key: 'quota', value: quotaValue(q), note: '最多/最少：人数或百分比' });
  // Written whenever it can matter (or was changed), so the file shows which reading applies.
  if (def.quotas.length > 0 || def.quotaOrder !== 'level-first')
    rows.push({
      key: 'quotaOrder',
      value: firstWord(QUOTA_ORDERS, def.quotaOrder),
      note: '名额已满时谁保留：先比原等级（比例控制前评定的等级，再比总分）/ 先比总分',
    });
  for (const t of def.tieBreakers)
    rows.push({ key: 'tieBreaker', value: tieBreakerValue(t), note: '等级、总分相同时依次比较' });
  for (const l of def.levels) {
    const pairs: [string, string][] = [
      ['等级', String(l.level)],
      ['名称', escapeText(l.name)],
    ];
    if (l.nameEn !== undefined) pairs.push(['英文名称', escapeText(l.nameEn)]);
    rows.push({ key: 'level', value: formatList(pairs), note: '' });
  }
  return rows;
}
