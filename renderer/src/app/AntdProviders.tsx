import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { antdLocale } from '../i18n/antdLocale';
import { useCurrentLanguage } from '../i18n/useCurrentLanguage';
import { themeFor } from './theme';

export interface AntdProvidersProps {
  nonce: string | undefined;
  children: ReactNode;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(changed: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** Whether the system asks for less motion (an accessibility setting; the browser tests too). */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}

/**
 * Theme, antd's locale following the app language, the system's reduced-motion setting, and
 * the CSP nonce for injected styles.
 */
export function AntdProviders({ nonce, children }: AntdProvidersProps) {
  const language = useCurrentLanguage();
  const csp = useMemo(() => (nonce ? { nonce } : undefined), [nonce]);
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => themeFor(language, reducedMotion), [language, reducedMotion]);

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
