import type { TFunction } from 'i18next';
import type { RubricDefinitionInput } from '../../../../shared/domain/rubric';
import { listItems } from '../../../../shared/domain/rubric';
import type { Language } from '../../../../shared/domain/views';
import { ApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';
import { localizedName } from './localizedName';

/**
 * Why a campaign could not be moved to another rubric version. The service refuses with CONFLICT
 * naming the scored item that would be lost; people know items by code and name, so both are
 * shown (the name from the version the campaign uses now, where the item still exists).
 */
export function moveErrorText(
  t: TFunction,
  error: unknown,
  current: RubricDefinitionInput | undefined,
  language: Language,
): string {
  if (error instanceof ApiError && error.code === 'CONFLICT' && error.details?.item) {
    const code = String(error.details.item);
    const item = current ? listItems(current).find((i) => i.code === code) : undefined;
    const label = item ? `${code} ${localizedName(item, language)}` : code;
    return t('rubric.moveConflict', { item: label });
  }
  return translateError(t, error);
}
