import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/views';
import { call } from '../api/client';
import { translateError } from './translateError';
import { useCurrentLanguage } from './useCurrentLanguage';

/** The current language and a setter that switches at once and saves it for the next start. */
export function useLanguage(): [Language, (next: Language) => void] {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const current = useCurrentLanguage();

  const setLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      call('preferences.update', { language: next }).catch((error: unknown) => {
        void message.error(t('language.saveFailed', { reason: translateError(t, error) }));
      });
    },
    [i18n, message, t],
  );

  return [current, setLanguage];
}
