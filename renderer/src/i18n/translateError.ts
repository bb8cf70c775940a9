import type { TFunction } from 'i18next';
import { FILE_KIND_NAMES } from '../../../shared/domain/views/files';
import type { FileKind } from '../../../shared/domain/views/files';
import { ApiError, toApiError } from '../api/ApiError';

const ENTITIES = ['campaign', 'county', 'rubric', 'branch', 'file', 'record'] as const;
type Entity = (typeof ENTITIES)[number];

function isEntity(value: unknown): value is Entity {
  return typeof value === 'string' && (ENTITIES as readonly string[]).includes(value);
}

function isKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KIND_NAMES as readonly string[]).includes(value);
}

/**
 * The user-facing sentence for an error: the translation of its code with its details filled
 * in. Placeholders a given backend error does not carry get neutral fallbacks, so a sentence
 * never shows a raw `{{path}}`.
 */
export function translateError(t: TFunction, error: unknown): string {
  const err = error instanceof ApiError ? error : toApiError(error);
  const details = err.details ?? {};
  const entity = isEntity(details.entity) ? details.entity : 'record';
  const kind = isKind(details.kind) ? details.kind : 'import';
  return t(`errors.${err.code}`, {
    method: '?',
    path: '?',
    found: '?',
    supported: '?',
    version: '?',
    fileName: '',
    limitMb: '?',
    limit: '?',
    ...details,
    entity: t(`entity.${entity}`),
    kindName: t(`files.kinds.${kind}`),
  });
}
