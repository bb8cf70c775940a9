import { levelName } from '../../../../shared/domain/level-name';
import type { SheetWords } from '../../../workbook/words';
import { sheetWords } from '../../../workbook/words';
import type { MinutesData } from './data';

/**
 * A level as the minutes print it, in the words the ranking and the exports use (the app's one
 * `levelName`, numeral form for table cells): the rubric's own name when it has one, 无星 / "No
 * star" for a rated branch without a star, 未定级 / "Not rated" where there is no level at all
 * (vetoed, incomplete or unscored when the item was put).
 */
export function levelText(
  data: Pick<MinutesData, 'levels' | 'language' | 'scheme'>,
  words: SheetWords,
  level: number | null,
): string {
  if (level === null) return words.t('noLevel');
  return levelName(sheetWords(data.language).t, data, level, data.language, 'numeral');
}
