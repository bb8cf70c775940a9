import type { ApiErrorPayload } from './errors';

/** Every API call answers with this envelope, over IPC, HTTP and in the CLI alike. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorPayload };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(error: ApiErrorPayload): Result<never> {
  return { ok: false, error };
}
