import { useMemo } from 'react';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';

/** Counts with digit grouping in the app's language (46,000 rather than 46000). */
export function useNumberFormat(): (n: number) => string {
  const language = useCurrentLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(language);
    return (n: number) => format.format(n);
  }, [language]);
}
