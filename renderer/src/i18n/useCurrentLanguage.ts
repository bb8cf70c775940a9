import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/views';
import { DEFAULT_LANGUAGE, isLanguage } from './language';

/** The app's current language, narrowed to the ones it ships (i18next's own type is any string). */
export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
