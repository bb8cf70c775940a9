import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/errors';
import { fail } from '../../shared/result';
import type { Registry } from '../services/registry';
import { hasValidBearer, isAllowedOrigin } from './auth';
import { readBody } from './read-body';
import { sendEnvelope } from './respond';

export const API_PREFIX = '/api/';

/**
 * Plain calls carry data, never files (those stream through the upload route), so their body
 * is small: the largest legal call, a grid paste of 20,000 cells, is under 2 MB.
 */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024;

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
    sendEnvelope(res, fail({ code: 'UNAUTHORIZED', message: 'Missing or wrong token' }), true);
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, options.port)) {
    sendEnvelope(res, fail({ code: 'FORBIDDEN', message: 'Cross-origin request refused' }), true);
    return;
  }
  const method = decodeURIComponent(
    new URL(req.url ?? '/', 'http://x').pathname.slice(API_PREFIX.length),
  );
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
