import { randomBytes } from 'node:crypto';

/** An id nobody can guess (32 random bytes): holding it is the right to use the file. */
export function newFileId(): string {
  return randomBytes(32).toString('base64url');
}
