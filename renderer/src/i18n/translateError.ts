import type { TFunction } from 'i18next';
import type { RoundRefusal } from '../../../shared/domain/views/rounds';
import { ROUND_REFUSALS } from '../../../shared/domain/views/rounds';
import { ApiError, toApiError } from '../api/ApiError';

const ENTITIES = ['campaign', 'county', 'rubric', 'branch', 'record'] as const;
type Entity = (typeof ENTITIES)[number];

function isEntity(value: unknown): value is Entity {
  return typeof value === 'string' && (ENTITIES as readonly string[]).includes(value);
}

function isRoundRefusal(value: unknown): value is RoundRefusal {
  return typeof value === 'string' && (ROUND_REFUSALS as readonly string[]).includes(value);
}

/**
 * The user-facing sentence for an error: a round or sheet refusal (`details.reason`) has its
 * own sentence saying what to do instead; otherwise the translation of its code with its
 * details filled in. Placeholders a given backend error does not carry get neutral fallbacks, so a sentence
 * never shows a raw `{{path}}`.
 */
export function translateError(t: TFunction, error: unknown): string {
  const err = error instanceof ApiError ? error : toApiError(error);
  const details = err.details ?? {};
  const entity = isEntity(details.entity) ? details.entity : 'record';
  if (isRoundRefusal(details.reason))
    return t(`refusals.${details.reason}`, { count: 0, files: 0, ...details });
  return t(`errors.${err.code}`, {
    method: '?',
    path: '?',
    found: '?',
    supported: '?',
    version: '?',
    ...details,
    entity: t(`entity.${entity}`),
  });
}
