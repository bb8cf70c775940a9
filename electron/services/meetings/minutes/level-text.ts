import type { SheetWords } from '../../../workbook/words';
import type { MinutesData } from './data';

/**
 * A level as the minutes print it, in the words the ranking and the exports use: the rubric's
 * own name when it has one, 无星 / "No star" for a rated branch without a star, 未定级 / "Not
 * rated" where there is no level at all (vetoed, incomplete or unscored when the item was put).
 */
export function levelText(
  data: Pick<MinutesData, 'levels' | 'language'>,
  words: SheetWords,
  level: number | null,
): string {
  if (level === null) return words.t('noLevel');
  const named = data.levels.find((l) => l.level === level);
  if (named) return data.language === 'en' ? named.nameEn : named.name;
  if (level === 0) return words.t('noStar');
  return words.t('levelN', { count: level });
}
