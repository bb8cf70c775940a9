import type { Language } from '../../../shared/domain/views';
import { LANGUAGES } from '../../../shared/domain/views';
import { call } from '../api/client';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved language, or Chinese when the preference cannot be read: never block startup. */
export async function loadSavedLanguage(): Promise<Language> {
  try {
    const prefs = await call('preferences.get', {});
    return isLanguage(prefs.language) ? prefs.language : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}
