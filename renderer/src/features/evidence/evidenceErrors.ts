import type { TFunction } from 'i18next';
import { toApiError } from '../../api/ApiError';
import { translateError } from '../../i18n/translateError';

const PROBLEMS = [
  'bad-name',
  'executable',
  'active-content',
  'macro',
  'legacy-office',
  'unsupported-type',
  'text-encoding',
  'mismatch',
  'empty',
  'duplicate',
  'unknown-item',
  'reason-required',
  'already-removed',
] as const;
type Problem = (typeof PROBLEMS)[number];

function isProblem(value: unknown): value is Problem {
  return typeof value === 'string' && (PROBLEMS as readonly string[]).includes(value);
}

/** What a refused file's bytes were found to be (`electron/services/evidence/content.ts`). */
const CONTENTS = [
  'png',
  'jpeg',
  'gif',
  'webp',
  'heic',
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'text',
  'zip',
  'bad-text',
  'unknown',
] as const;

function isContent(value: unknown): value is (typeof CONTENTS)[number] {
  return typeof value === 'string' && (CONTENTS as readonly string[]).includes(value);
}

/** Evidence refusals name the file and what is wrong with it; other errors as usual. */
export function translateEvidenceError(t: TFunction, caught: unknown): string {
  const error = toApiError(caught);
  const details = error.details ?? {};
  if (error.code === 'LOCKED') return t('evidence.errors.locked');
  if (!isProblem(details.problem)) return translateError(t, error);
  return t(`evidence.errors.${details.problem}`, {
    fileName: details.fileName ?? '',
    existing: details.existing ?? '',
    item: details.path ?? '',
    extension: details.extension ?? '',
    found: t(`evidence.contents.${isContent(details.found) ? details.found : 'unknown'}`),
  });
}
