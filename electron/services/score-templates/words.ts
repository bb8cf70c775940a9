import type { Language } from '../../../shared/domain/views';
import { sheetWords } from '../../workbook/words';

/** Workbook text in the user's language (`scoreTemplates.workbook` in the locale files). */
export type Words = (key: string, values?: Record<string, string | number>) => string;

const PREFIX = 'scoreTemplates.workbook';

export function wordsFor(language: Language): Words {
  return sheetWords(language, PREFIX).t;
}

/** The numbered instruction lines of the first sheet. */
export function instructionLines(language: Language): string[] {
  return sheetWords(language, PREFIX).list('instructions');
}

/** Points in hundredths as the workbook shows them: 8.5, 10. */
export function pointsText(centi: number): number {
  return centi / 100;
}
