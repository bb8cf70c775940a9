import type { Language, Preferences } from '../../../shared/domain/views';
import { LANGUAGES } from '../../../shared/domain/views';
import { getMeta, setMeta } from '../../store/queries/meta';
import type { ServiceContext } from '../context';

const LANGUAGE_KEY = 'preferences.language';

/** Preferences live in the database so the desktop window, its menu and the web host agree. */
export function getPreferences(ctx: ServiceContext): Preferences {
  const stored = getMeta(ctx.db, LANGUAGE_KEY);
  const language: Language = (LANGUAGES as readonly string[]).includes(stored ?? '')
    ? (stored as Language)
    : 'zh-CN';
  return { language };
}

export function updatePreferences(ctx: ServiceContext, changes: Partial<Preferences>): Preferences {
  if (changes.language) setMeta(ctx.db, LANGUAGE_KEY, changes.language);
  return getPreferences(ctx);
}
