import type { Language } from '../../../shared/domain/views';

/**
 * A moment as people of the app's language write it (2025/11/20 16:00 in Chinese, Nov 20, 2025,
 * 4:00 PM in English), in the computer's time zone. Not the browser's own locale: the app's
 * language decides, so a Chinese screen never shows an English date.
 */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
