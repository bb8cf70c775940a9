import i18next from 'i18next';
import type { i18n, TFunction } from 'i18next';
import type { AppError } from '../shared/errors';
import { isDiskOperation } from '../shared/errors';
import type { Language } from '../shared/domain/views';
import { LANGUAGES } from '../shared/domain/views';
import en from '../shared/locales/en.json';
import zhCN from '../shared/locales/zh-CN.json';

export type Translate = (key: string) => string;

/**
 * Main-side i18next (menu, native dialogs, CLI), fed from the same locale files as the renderer
 * so the two never disagree. A separate instance, because the global one belongs to whoever
 * imports i18next first. The resources are bundled, so initialisation is synchronous.
 */
export function createMainI18n(language: Language = 'zh-CN'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    // Text goes to native menus, dialogs and terminals, not HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A translator pinned to one language, so rebuilding the menu needs no global state. */
export function translatorFor(instance: i18n, language: Language): Translate {
  const t = instance.getFixedT(language);
  return (key) => String(t(key));
}

/** The language a terminal user reads, from the usual locale variables; Chinese unless told. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale === '' || locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * An `AppError` in the user's language for the CLI and Electron's start-up dialog, with the
 * operation's word filled in as the renderer does (`DISK_FULL`: "磁盘空间已满,启动没有完成").
 */
export function describeAppError(t: TFunction, error: AppError): string {
  const details = error.details ?? {};
  const operation = isDiskOperation(details.operation)
    ? { operation: t(`diskOperations.${details.operation}`) }
    : {};
  const where =
    typeof details.round === 'string'
      ? t('freeze.where', { round: details.round, version: details.version })
      : '';
  // A refusal that names its reason gets the sentence saying what to do, as in the app.
  if (typeof details.reason === 'string') {
    const specific = String(t(`errorReasons.${details.reason}`, { ...details, defaultValue: '' }));
    if (specific !== '') return specific;
  }
  return String(
    t(`errors.${error.code}`, { ...details, ...operation, where, defaultValue: error.message }),
  );
}
