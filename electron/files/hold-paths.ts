import type { FileKind, PickOutcome } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';
import type { Inbox } from './inbox';
import { displayName } from './limits';

/**
 * Files chosen by path (Electron's open dialog, or dropped on its window): each is held or,
 * when it cannot be (too large, not a file, gone), listed as refused with its translated
 * reason; one refusal does not stop the others.
 */
export async function holdPaths(
  inbox: Inbox,
  paths: readonly string[],
  kind: FileKind,
): Promise<PickOutcome> {
  const outcome: PickOutcome = { files: [], refused: [] };
  for (const path of paths) {
    try {
      if (path === '') throw new AppError('NOT_FOUND', 'Not a file on disk', { entity: 'file' });
      outcome.files.push(await inbox.holdLocal(path, kind));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.refused.push({ fileName: displayName(path), error: error.toPayload() });
    }
  }
  return outcome;
}
