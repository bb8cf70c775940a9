import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors';
import type { Result } from '../../shared/result';

/**
 * HTTP status only for what goes wrong on the way (no token, another site, too large, not
 * JSON). Once the registry answers, its result — a CONFLICT or a NOT_FOUND included — is an
 * application answer carried in the envelope with 200, as over IPC; browsers would otherwise
 * log every expected refusal as a network error.
 */
const TRANSPORT_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_JSON: 400,
  INVALID_URL: 400,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  INTERNAL: 500,
};

export function sendEnvelope(
  res: ServerResponse,
  result: Result<unknown>,
  transport = false,
  extraHeaders: Record<string, string> = {},
): void {
  const status = result.ok || !transport ? 200 : (TRANSPORT_STATUS[result.error.code] ?? 400);
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(body);
}
