import type { TFunction } from 'i18next';

/**
 * Translates a key computed from a code sent by main (problem and file-error codes). Keys are
 * typed against the locale file, so a computed one has to be widened to call t.
 */
export function dynamicText(t: TFunction, key: string, params: Record<string, unknown>): string {
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(key, params);
}
