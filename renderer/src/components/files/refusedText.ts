import type { TFunction } from 'i18next';
import type { RefusedFile } from '../../../../shared/domain/views/files';
import { ApiError } from '../../api/ApiError';
import { isErrorCode } from '../../../../shared/errors';
import { translateError } from '../../i18n/translateError';

/** Why a chosen file was not taken, in the user's language, naming the file. */
export function refusedText(t: TFunction, refused: RefusedFile): string {
  const { code, message, details } = refused.error;
  const error = new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, {
    fileName: refused.fileName,
    ...details,
  });
  return translateError(t, error);
}
