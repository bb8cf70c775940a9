import type { BranchType } from '../../../shared/domain/org';
import { orgNameKey, spellingKey } from '../../../shared/domain/org-name';
import type { BranchImportField } from '../../../shared/domain/views/branch-import';
import { cleanText } from '../../workbook/xlsx-cells';

/**
 * The key two spellings of a word share: NFKC folds full-width letters and brackets into their
 * ASCII forms, and every kind of space is dropped, so “乡镇 ” and “乡镇” match. (Branch and
 * township names are matched by their organisation key: shared/domain/org-name.ts.)
 */
export const matchKey = spellingKey;

/** A name as it will be stored: trimmed, inner runs of spaces collapsed, characters as typed. */
export function tidyName(text: string): string {
  return cleanText(text).replace(/[\s\u3000\u00a0]+/g, ' ');
}

/** Header texts as people write them, compared by matchKey. */
const HEADER_SYNONYMS: Record<BranchImportField, string[]> = {
  township: [
    '乡镇',
    '街道',
    '镇(街道)',
    '乡镇(街道)',
    '乡(镇)',
    '乡(镇、街道)',
    '乡镇街道',
    '乡镇/街道',
    '镇街',
    '所属乡镇',
    '所属乡镇(街道)',
    '所属街道',
    'township',
  ],
  name: [
    '村(社区)名称',
    '村(社区)党组织名称',
    '党组织名称',
    '支部名称',
    '党支部名称',
    '村名',
    '村名称',
    '社区名称',
    '村社区名称',
    '名称',
    'branch',
    'name',
  ],
  type: ['类型', '支部类型', '党组织类型', '村(社区)', '类别', 'type'],
};

const HEADER_INDEX = new Map<string, BranchImportField>(
  Object.entries(HEADER_SYNONYMS).flatMap(([field, words]) =>
    words.map((w) => [matchKey(w), field as BranchImportField] as const),
  ),
);

/** The field a header cell names, or null (序号, 党员数, 备注 and the rest are not read). */
export function headerField(text: string): BranchImportField | null {
  return HEADER_INDEX.get(matchKey(text)) ?? null;
}

const RURAL = ['村', '行政村', '农村', '村党支部', '村党组织', '村党总支', '建制村', 'rural'];
const COMMUNITY = [
  '社区',
  '城市社区',
  '城镇社区',
  '社区党组织',
  '社区党支部',
  '居委会',
  'community',
];
const TYPE_INDEX = new Map<string, BranchType>([
  ...RURAL.map((w) => [matchKey(w), 'rural'] as const),
  ...COMMUNITY.map((w) => [matchKey(w), 'community'] as const),
]);

/** A type cell's word; any word we do not know (机关, 企业, 其他 …) is 'other'. */
export function typeFromWord(text: string): BranchType {
  return TYPE_INDEX.get(matchKey(text)) ?? 'other';
}

/** An empty type cell: the name usually says it (…社区, …村, …村党支部). */
export function typeFromName(name: string): BranchType {
  const key = orgNameKey(name);
  if (key.endsWith('社区')) return 'community';
  if (key.endsWith('村')) return 'rural';
  return 'other';
}

/** 小计, 城关镇小计, 合计：, 总计 … */
const SUBTOTAL = /^(小计|合计|总计|共计)|(小计|合计|总计|共计)[:：]?$/;
export const isSubtotal = (text: string): boolean => SUBTOTAL.test(matchKey(text));

/** Lines under the table: notes, who filled it in, who checked it, dates, phone numbers. */
const FOOTER =
  /^(注|备注|附注|说明|填表说明)[:：0-9]|^(填表人|填报人|制表人|制表|审核人|审核|负责人|单位负责人|联系人|联系电话|电话|日期|填表日期|填报日期|制表日期|报送日期)[:：]/;
export const isFooter = (text: string): boolean => FOOTER.test(matchKey(text));

/** What Excel shows for an error cell; it is never a name. */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
export const isErrorValue = (text: string): boolean => ERROR_VALUE.test(text);

/** A township name ending in 街道 is a sub-district; anything else a township. */
export const townshipKind = (name: string): 'township' | 'subdistrict' =>
  matchKey(name).endsWith('街道') ? 'subdistrict' : 'township';
