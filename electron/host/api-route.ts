import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorPayload } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import { fail } from '../../shared/result';
import type { Registry } from '../services/registry';
import { isAllowedOrigin } from './auth';
import { readBody } from './read-body';
import { sendEnvelope } from './respond';
import { hasSession } from './session';

export const API_PREFIX = '/api/';

/**
 * Plain calls carry data, never files (those stream through the upload route), so their body
 * is small: the largest legal call, a grid paste of 20,000 cells, is under 2 MB.
 */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024;

/** A refusal on the way in (bad address, server fault), as an envelope with its HTTP status. */
export function sendTransportError(res: ServerResponse, error: ApiErrorPayload): void {
  sendEnvelope(res, fail(error), true);
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
  // the HttpOnly session cookie the printed URL set (see session.ts).
  if (!hasSession(req, options.token, options.port)) {
    sendEnvelope(res, fail({ code: 'UNAUTHORIZED', message: 'Missing or wrong token' }), true);
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, options.port)) {
    sendEnvelope(res, fail({ code: 'FORBIDDEN', message: 'Cross-origin request refused' }), true);
    return;
  }
  const method = options.path.slice(API_PREFIX.length);
  let input: unknown;
  try {
    const text = await readBody(req, JSON_BODY_LIMIT);
    input = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (error) {
    if (error instanceof AppError) sendEnvelope(res, fail(error.toPayload()), true);
    else
      sendEnvelope(
        res,
        fail({ code: 'INVALID_JSON', message: 'Request body is not valid JSON' }),
        true,
      );
    return;
  }
  sendEnvelope(res, await options.registry.call(method, input));
}
