import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorPayload, ErrorCode } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { fail } from '../../shared/result';
import type { Registry } from '../services/registry';
import { hasValidBearer, hasValidCookie, isAllowedOrigin } from './auth';
import { readBody } from './read-body';

export const API_PREFIX = '/api/';
const BODY_LIMIT = 5 * 1024 * 1024;

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
  INTERNAL: 500,
};

function send(res: ServerResponse, result: Result<unknown>, transport = false): void {
  const status = result.ok || !transport ? 200 : (TRANSPORT_STATUS[result.error.code] ?? 400);
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** A refusal on the way in (bad address, server fault), as an envelope with its HTTP status. */
export function sendTransportError(res: ServerResponse, error: ApiErrorPayload): void {
  send(res, fail(error), true);
}

/**
 * `POST /api/<method>`: token, origin and JSON checked here, everything else by the registry.
 * `path` is the request's pathname decoded once (`parseRequestPath`).
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: { registry: Pick<Registry, 'call'>; token: string; port: number; path: string },
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  // The page's bridge sends the token as a header; other tabs of the same browser carry it in
  // the HttpOnly cookie the printed URL set.
  if (
    !hasValidBearer(req.headers.authorization, options.token) &&
    !hasValidCookie(req.headers.cookie, options.token)
  ) {
    send(res, fail({ code: 'UNAUTHORIZED', message: 'Missing or wrong token' }), true);
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, options.port)) {
    send(res, fail({ code: 'FORBIDDEN', message: 'Cross-origin request refused' }), true);
    return;
  }
  const method = options.path.slice(API_PREFIX.length);
  let input: unknown;
  try {
    const text = await readBody(req, BODY_LIMIT);
    input = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof AppError) send(res, fail(error.toPayload()), true);
    else send(res, fail({ code: 'INVALID_JSON', message: 'Request body is not valid JSON' }), true);
    return;
  }
  send(res, await options.registry.call(method, input));
}
