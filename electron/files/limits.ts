import type { FileKind } from '../../shared/domain/views/files';
import { tooLargeDetails } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';

/** The refusal of a file over its kind's limit, naming the file and the limit. */
export function fileTooLarge(fileName: string, kind: FileKind, size?: number): AppError {
  const details = tooLargeDetails(fileName, kind, size);
  return new AppError(
    'FILE_TOO_LARGE',
    `${fileName} is over the ${details.limitMb} MB limit for ${kind} files`,
    details,
  );
}

/** A file name as people see it: the last path part, without control characters, not empty. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((char) => (char.codePointAt(0) ?? 0) >= 32)
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'file';
}
