import type { Language } from './views';

export type SchemeKind = 'per-star' | 'bands' | 'weighted' | 'selection';

/**
 * What names a level: the rubric's own names and its scheme. Rubric definitions carry the scheme
 * as an object (`{ kind }`), views as its kind; both are accepted so no caller converts.
 */
export interface LevelNaming {
  scheme: SchemeKind | { kind: SchemeKind };
  levels?: readonly { level: number; name: string; nameEn?: string | undefined }[] | undefined;
}

/**
 * How a per-star level without a name of its own is written:
 * - `word` (三星 / "3 stars"): on screen — table cells, filters, the rubric's description;
 * - `numeral` (3星 / "3 stars"): cells of exported workbooks and the minutes' tables, where the
 *   numbers line up in a column and sort as people expect.
 * Both read 无星 for level 0; the other schemes read the same in both forms.
 */
export type LevelForm = 'word' | 'numeral';

const STAR_WORDS = [
  'levels.star0',
  'levels.star1',
  'levels.star2',
  'levels.star3',
  'levels.star4',
  'levels.star5',
  'levels.star6',
  'levels.star7',
  'levels.star8',
  'levels.star9',
  'levels.star10',
] as const;

type LevelKey =
  | (typeof STAR_WORDS)[number]
  | 'levels.selected'
  | 'levels.notSelected'
  | 'levels.generic'
  | 'levels.stars';

/**
 * A translator resolving keys from the locale files' root (the `levels` section): the renderer's
 * `t` or the main side's `sheetWords(language).t`.
 */
export type LevelTranslate = (key: LevelKey, values: { level?: number; count?: number }) => string;

const NONE = {};

/**
 * The name people use for a level: the rubric's own (五星, 后进 …) when it names one, otherwise
 * one that fits the scheme — stars for per-star rubrics, 入选 for awards, "N 级" for the rest —
 * so "level 3" never appears where people expect 三星. The one wording of the app: the
 * renderer, exported workbooks and the minutes all call this.
 */
export function levelName(
  t: LevelTranslate,
  naming: LevelNaming,
  level: number,
  language: Language,
  form: LevelForm = 'word',
): string {
  const named = naming.levels?.find((l) => l.level === level);
  if (named) return language === 'en' && named.nameEn ? named.nameEn : named.name;
  const scheme = typeof naming.scheme === 'string' ? naming.scheme : naming.scheme.kind;
  if (scheme === 'selection')
    return level >= 1 ? t('levels.selected', NONE) : t('levels.notSelected', NONE);
  if (scheme !== 'per-star') return t('levels.generic', { level });
  const word = STAR_WORDS[level];
  if (word && (level === 0 || form === 'word')) return t(word, NONE);
  return t('levels.stars', { count: level });
}
