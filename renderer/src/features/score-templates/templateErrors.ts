import type { TFunction } from 'i18next';
import { toApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';
import { dynamicText } from './dynamicText';

/** A workbook-level refusal names the file, sheet and cell; anything else is a usual error. */
export function templateErrorText(t: TFunction, error: unknown): string {
  const err = toApiError(error);
  const problem = err.details?.problem;
  if (typeof problem === 'string' && problem.startsWith('template-')) {
    return dynamicText(t, `scoreTemplates.fileErrors.${problem}`, {
      file: '',
      sheet: '',
      cell: '',
      count: 0,
      reason: '',
      ...err.details,
    });
  }
  return translateError(t, error);
}
