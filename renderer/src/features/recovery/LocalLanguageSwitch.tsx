import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/views';
import { LANGUAGES } from '../../../../shared/domain/views';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

/**
 * The language switch of the recovery screen. No database is open, so the choice cannot be
 * saved; it changes this screen only (the app's own switch saves it once a database is open).
 */
export function LocalLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useCurrentLanguage();
  const options = LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }));
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      options={options}
      value={language}
      onChange={(next) => void i18n.changeLanguage(next)}
    />
  );
}
