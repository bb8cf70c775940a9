import type { Language } from '../../../shared/domain/views';
import { createMainI18n } from '../../i18n';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';

/** Sheet titles and headers in the user's language, from the `exports` locale section. */
export interface Words {
  language: Language;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const instance = createMainI18n();

export function wordsFor(ctx: ServiceContext): Words {
  const { language } = getPreferences(ctx);
  const fixed = instance.getFixedT(language);
  return { language, t: (key, values = {}) => String(fixed(key, values)) };
}
