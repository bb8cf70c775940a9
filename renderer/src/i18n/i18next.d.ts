import type zhCN from '../../../shared/locales/zh-CN.json';

// Keys are checked against the Chinese file (the default language) at compile time;
// the locales test keeps the English file's keys identical.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
