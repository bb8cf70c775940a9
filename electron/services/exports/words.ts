import type { Language } from '../../../shared/domain/views';
import { createMainI18n } from '../../i18n';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';

/** Sheet titles and headers in one language, from the `exports` locale section. */
export interface Words {
  language: Language;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const instance = createMainI18n();

/** The words of `language`, or of the user's language when none is given. */
export function wordsFor(ctx: ServiceContext, chosen?: Language): Words {
  const language = chosen ?? getPreferences(ctx).language;
  const fixed = instance.getFixedT(language);
  // A province's sheet asks for the same few words 46,000 times; i18next's lookup is not free.
  const plain = new Map<string, string>();
  const t: Words['t'] = (key, values) => {
    if (values) return String(fixed(key, values));
    let word = plain.get(key);
    if (word === undefined) {
      word = String(fixed(key));
      plain.set(key, word);
    }
    return word;
  };
  return { language, t };
}
