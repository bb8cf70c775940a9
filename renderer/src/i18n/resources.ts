import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';

/** Both locale files ship in the bundle: the app is offline and they are small. */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;
