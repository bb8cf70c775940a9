import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/views';
import { createMainI18n } from '../../i18n';

export type Words = TFunction;

/** Workbook text in the user's language, from the same locale files the screens use. */
export function wordsFor(language: Language): Words {
  return createMainI18n(language).getFixedT(language, undefined, 'scoreTemplates.workbook');
}

/** Instruction lines are a list in the locale files. */
export function instructionLines(t: Words): string[] {
  // Numbered keys ("1", "2", …) keep the locale files flat maps of strings.
  const lines = t('instructions', { returnObjects: true }) as unknown;
  return typeof lines === 'object' && lines !== null ? Object.values(lines).map(String) : [];
}

/**
 * Text that Excel could take for a formula once someone copies it or saves as CSV gets a
 * leading apostrophe (export injection, see the reliability notes).
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Points in hundredths as the workbook shows them: 8.5, 10. */
export function pointsText(centi: number): number {
  return centi / 100;
}

/** How many lines a text needs in a column of `width` characters (CJK counts twice). */
export function linesFor(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  // A column of width w fits a little less than w units of a CJK font in practice.
  return Math.max(1, Math.ceil(units / Math.max(1, (width - 1) * 0.8)));
}
