import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { fail } from '../../shared/result';
import type { Registry } from '../services/registry';
import { hasValidBearer, isAllowedOrigin } from './auth';
import { readBody } from './read-body';

export const API_PREFIX = '/api/';
const BODY_LIMIT = 5 * 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  INVALID_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  INTERNAL: 500,
};

function send(res: ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : (STATUS[result.error.code] ?? 500);
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** `POST /api/<method>`: token, origin and JSON checked here, everything else by the registry. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  options: { registry: Registry; token: string; port: number },
): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST' }).end();
    return;
  }
  if (!hasValidBearer(req.headers.authorization, options.token)) {
    send(res, fail({ code: 'UNAUTHORIZED', message: 'Missing or wrong token' }));
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, options.port)) {
    send(res, fail({ code: 'FORBIDDEN', message: 'Cross-origin request refused' }));
    return;
  }
  const method = decodeURIComponent(
    new URL(req.url ?? '/', 'http://x').pathname.slice(API_PREFIX.length),
  );
  let input: unknown;
  try {
    const text = await readBody(req, BODY_LIMIT);
    input = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof AppError) send(res, fail(error.toPayload()));
    else send(res, fail({ code: 'INVALID_JSON', message: 'Request body is not valid JSON' }));
    return;
  }
  send(res, await options.registry.call(method, input));
}
