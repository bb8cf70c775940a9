import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/errors';

/** Reads a request body, refusing more than `limit` bytes before buffering it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`, { limit });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`, { limit });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
