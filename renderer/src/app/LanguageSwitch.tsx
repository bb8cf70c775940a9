import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/views';
import { LANGUAGES } from '../../../shared/domain/views';
import { useLanguage } from '../i18n/useLanguage';

export interface LanguageSwitchProps {
  /**
   * What a choice does; by default it switches and saves it for the next start. The recovery
   * screen has no database to save to and only switches.
   */
  onChange?: (language: Language) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  // Each language is named in itself (中文 / English), so it can be found from either one.
  const options = LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }));
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      options={options}
      value={language}
      onChange={onChange ?? setLanguage}
    />
  );
}
