import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import en from '../shared/locales/en.json';
import zhCN from '../shared/locales/zh-CN.json';
import type { Language } from '../shared/domain/views';

/** A main-side i18next instance over the same locale files the renderer uses. */
export function createMainI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The language a terminal user reads, from the usual locale variables; Chinese unless told. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale === '' || locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
