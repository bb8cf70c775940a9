import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useMemo } from 'react';
import { antdLocale } from '../i18n/antdLocale';
import { useCurrentLanguage } from '../i18n/useCurrentLanguage';
import { themeFor } from './theme';

export interface AntdProvidersProps {
  nonce: string | undefined;
  children: ReactNode;
}

/** Theme, antd's locale following the app language, and the CSP nonce for injected styles. */
export function AntdProviders({ nonce, children }: AntdProvidersProps) {
  const language = useCurrentLanguage();
  const csp = useMemo(() => (nonce ? { nonce } : undefined), [nonce]);
  const theme = useMemo(() => themeFor(language), [language]);

  useEffect(() => {
    // Screen readers and the browser's font choice for CJK follow the document language.
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider
      theme={theme}
      locale={antdLocale(language)}
      csp={csp}
      // antd spaces out two-character Chinese labels (取 消); office software does not.
      button={{ autoInsertSpace: false }}
    >
      {/* antd's App gives message/modal hooks that inherit this theme and locale. */}
      <AntdApp className="xp-app">{children}</AntdApp>
    </ConfigProvider>
  );
}
