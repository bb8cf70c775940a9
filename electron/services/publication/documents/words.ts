import type { Language } from '../../../../shared/domain/views';
import type { SheetWords } from '../../../workbook/words';
import { sheetWords } from '../../../workbook/words';

/** The publication documents' words in one language (`publication.doc` in the locale files). */
export function publicationWords(language: Language): SheetWords {
  return sheetWords(language, 'publication.doc');
}
