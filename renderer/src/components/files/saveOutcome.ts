import type { TFunction } from 'i18next';
import type { OutgoingFile, SaveOutcome } from '../../../../shared/domain/views/files';

/** What to tell the user after saving: where it went, that the download started, or nothing. */
export function savedText(t: TFunction, file: OutgoingFile, outcome: SaveOutcome): string | null {
  if (!outcome.saved) return null;
  return outcome.path === null
    ? t('files.downloadStarted', { name: file.fileName })
    : t('files.saved', { path: outcome.path });
}
