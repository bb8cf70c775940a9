import type { Language } from '../../../../shared/domain/views';
import type { SheetWords } from '../../../workbook/words';
import { sheetWords } from '../../../workbook/words';

/** The minutes' words in one language (`minutes.doc` in the locale files). */
export function minutesWordsFor(language: Language): SheetWords {
  return sheetWords(language, 'minutes.doc');
}
