import type { TFunction } from 'i18next';
import { toApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';
import { formatBytes } from './formatBytes';

const PROBLEMS = [
  'too-large',
  'executable',
  'macro',
  'unknown-type',
  'empty',
  'bad-content',
  'duplicate',
  'unknown-item',
  'reason-required',
  'already-removed',
] as const;
type Problem = (typeof PROBLEMS)[number];

function isProblem(value: unknown): value is Problem {
  return typeof value === 'string' && (PROBLEMS as readonly string[]).includes(value);
}

/** Evidence refusals name the file and what is wrong with it; other errors as usual. */
export function translateEvidenceError(t: TFunction, caught: unknown): string {
  const error = toApiError(caught);
  const details = error.details ?? {};
  if (error.code === 'LOCKED') return t('evidence.errors.locked');
  if (!isProblem(details.problem)) return translateError(t, error);
  const size = typeof details.size === 'number' ? details.size : 0;
  const limit = typeof details.limit === 'number' ? details.limit : 0;
  return t(`evidence.errors.${details.problem}`, {
    fileName: details.fileName ?? '',
    existing: details.existing ?? '',
    item: details.path ?? '',
    size: formatBytes(size),
    limit: formatBytes(limit),
  });
}
