import type { TFunction } from 'i18next';
import type { RegistryRefusal } from '../../../../shared/domain/views/branch-registry';
import { REGISTRY_REFUSALS } from '../../../../shared/domain/views/branch-registry';
import { toApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';

function isRefusal(value: unknown): value is RegistryRefusal {
  return typeof value === 'string' && (REGISTRY_REFUSALS as readonly string[]).includes(value);
}

/**
 * A registry refusal names its reason (duplicate name, scored branch…); that gets its own
 * sentence, which says what to do instead. Anything else falls back to the generic text.
 */
export function registryErrorText(t: TFunction, error: unknown): string {
  const err = toApiError(error);
  const reason = err.details?.reason;
  if (!isRefusal(reason)) return translateError(t, err);
  return t(`branchRegistry.errors.${reason}`, { name: '', count: 0, ...err.details });
}
