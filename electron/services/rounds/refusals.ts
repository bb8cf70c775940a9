import type { RoundRefusal } from '../../../shared/domain/views/rounds';
import type { ErrorCode } from '../../../shared/errors';
import { AppError } from '../../../shared/errors';

/** An AppError whose `details.reason` the renderer turns into its own translated sentence. */
export function roundRefusal(
  code: ErrorCode,
  reason: RoundRefusal,
  details: Record<string, string | number> = {},
): AppError {
  return new AppError(code, `Refused: ${reason}`, { ...details, reason });
}
