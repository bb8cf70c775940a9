import type { Language } from '../../shared/domain/views';
import { createMainI18n } from '../i18n';

/** Text for workbooks in one language, from the same locale files the screens use. */
export interface SheetWords {
  language: Language;
  /** A translated string; `key` is relative to the prefix the words were made for. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** A list kept as numbered keys ("1", "2", …) in the locale files, in order. */
  list: (key: string) => string[];
}

const instance = createMainI18n();
const cache = new Map<string, SheetWords>();

/**
 * The translated sheet words of one language (under `prefix`, e.g. `scoreTemplates.workbook`).
 * A province's sheet asks for the same few words 46,000 times and i18next's lookup is not
 * free, so plain words are remembered; words with values are looked up each time.
 */
export function sheetWords(language: Language, prefix = ''): SheetWords {
  const cacheKey = `${language}\u0000${prefix}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const fixed = instance.getFixedT(language, undefined, prefix || undefined);
  const plain = new Map<string, string>();
  const t: SheetWords['t'] = (key, values) => {
    // An empty values object (the shared levelName passes one) is a plain word too.
    if (values && Object.keys(values).length > 0) return String(fixed(key, values));
    let word = plain.get(key);
    if (word === undefined) {
      word = String(fixed(key));
      plain.set(key, word);
    }
    return word;
  };
  const list: SheetWords['list'] = (key) => {
    const value = fixed(key, { returnObjects: true }) as unknown;
    return typeof value === 'object' && value !== null ? Object.values(value).map(String) : [];
  };
  const words = { language, t, list };
  cache.set(cacheKey, words);
  return words;
}
