import type { Language } from '../../../shared/domain/views';
import type { SheetWords } from '../../workbook/words';
import { sheetWords } from '../../workbook/words';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';

/** Sheet titles and headers in one language, from the `exports` locale section. */
export type Words = SheetWords;

/** The words of `language`, or of the user's language when none is given. */
export function wordsFor(ctx: ServiceContext, chosen?: Language): Words {
  return sheetWords(chosen ?? getPreferences(ctx).language);
}
