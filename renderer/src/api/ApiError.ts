import type { ErrorCode } from '../../../shared/errors';

/** A failed API call, carrying the stable code the UI translates (`errors.<CODE>`). */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, string | number>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

/** Anything thrown while calling becomes an ApiError, so screens handle exactly one error type. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // A rejected transport (fetch failed, bridge missing) means the backend is unreachable.
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('NETWORK', message);
}
