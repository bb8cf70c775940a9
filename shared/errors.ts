/**
 * Stable error codes. They travel in result envelopes and the renderer translates them
 * (`errors.<CODE>` in the locale files), so never rename one.
 */
export const ERROR_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'FILE_TOO_LARGE',
  'TOO_COMPLEX',
  'CANCELLED',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INCOMPLETE',
  'DB_TOO_NEW',
  'DB_MIGRATION_FAILED',
  'DB_DAMAGED',
  'INVALID_URL',
  'NETWORK',
  'INTERNAL',
  'OPERATOR_REQUIRED',
  'BACKUP_INVALID',
  'BACKUP_TOO_NEW',
  'DISK_FULL',
  'PACKAGE_INVALID',
  'FROZEN',
  'BUSY',
] as const;

/** What a full disk interrupted (`DISK_FULL`'s `details.operation`, translated). */
export const DISK_OPERATIONS = ['import', 'export', 'backup', 'start', 'save'] as const;
export type DiskOperation = (typeof DISK_OPERATIONS)[number];

export function isDiskOperation(value: unknown): value is DiskOperation {
  return typeof value === 'string' && (DISK_OPERATIONS as readonly string[]).includes(value);
}

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Plain, serialisable error payload carried by `{ ok: false, error }`. */
export interface ApiErrorPayload {
  code: ErrorCode;
  /** English text for logs and developers; the UI shows the translation of `code`. */
  message: string;
  /** Values the translation may interpolate, e.g. `{ path: 'name' }`. */
  details?: Record<string, string | number>;
}

/** The one error type services throw on purpose; anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ApiErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
