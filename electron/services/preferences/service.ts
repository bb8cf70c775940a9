import type { AppInfo, Language, Preferences } from '../../../shared/domain/views/preferences';
import { LANGUAGES } from '../../../shared/domain/views/preferences';
import { getMeta, setMeta } from '../../store/queries/meta';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';

const LANGUAGE_KEY = 'preferences.language';

/** What this app is and where its data lives. */
export function appInfo(ctx: ServiceContext): AppInfo {
  return ctx.info;
}

/** Preferences live in the database so the desktop window, its menu and the web host agree. */
export function getPreferences(ctx: ServiceContext): Preferences {
  const stored = getMeta(ctx.db, LANGUAGE_KEY);
  const language: Language = (LANGUAGES as readonly string[]).includes(stored ?? '')
    ? (stored as Language)
    : 'zh-CN';
  return { language };
}

export function updatePreferences(ctx: ServiceContext, changes: Partial<Preferences>): Preferences {
  const { language } = changes;
  if (language) write(ctx, () => setMeta(ctx.db, LANGUAGE_KEY, language));
  return getPreferences(ctx);
}
