import type { AppInfo, Language, Preferences } from '../../../shared/domain/views/preferences';
import { LANGUAGES } from '../../../shared/domain/views/preferences';
import { getMeta, getOperatorName, setMeta, setOperatorName } from '../../store/queries/meta';
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
  return { language, operatorName: getOperatorName(ctx.db) };
}

/**
 * Changes the language and/or the operator's name. The operator is remembered per data file
 * (one laptop, one person at a time; no passwords); a change of name is itself audited, under
 * the new name, so the trail shows when the person at the laptop changed.
 */
export function updatePreferences(
  ctx: ServiceContext,
  changes: { language?: Language | undefined; operatorName?: string | undefined },
): Preferences {
  const { language, operatorName } = changes;
  if (language) write(ctx, () => setMeta(ctx.db, LANGUAGE_KEY, language));
  if (operatorName !== undefined) {
    write(ctx, (tx) => {
      const before = getOperatorName(ctx.db);
      if (before === operatorName) return;
      setOperatorName(ctx.db, operatorName);
      tx.audit({
        action: 'set-operator',
        entity: 'app',
        entityId: 'operator',
        before: { name: before },
        after: { name: operatorName },
      });
    });
  }
  return getPreferences(ctx);
}
