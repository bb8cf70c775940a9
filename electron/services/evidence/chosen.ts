import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/views/evidence';
import { AppError } from '../../../shared/errors';
import { fileTooLarge } from '../../files/limits';
import type { ServiceContext } from '../context';
import { extensionOf } from './allow-list';
import { sniffEvidence } from './sniff';

/** The chosen file's bytes, refusing an empty one and one over the limit (it may have grown). */
export async function readChosen(ctx: ServiceContext, fileId: string) {
  const held = ctx.files.inbox.use(fileId, 'evidence');
  const { fileName } = held;
  // Its size now, not when it was chosen: a file on the user's disk may have grown since.
  const { size } = await stat(held.path);
  if (size > EVIDENCE_MAX_BYTES) throw fileTooLarge(fileName, 'evidence', size);
  const bytes = await readFile(held.path);
  if (bytes.length > EVIDENCE_MAX_BYTES) throw fileTooLarge(fileName, 'evidence', bytes.length);
  if (bytes.length === 0) {
    throw new AppError('INVALID_INPUT', `${fileName} is empty`, {
      path: 'file',
      problem: 'empty',
      fileName,
    });
  }
  return { fileName, bytes };
}

/**
 * What a stored file must be: of an allowed type whose bytes say the same as its name (an
 * `.exe` renamed `.pdf` is refused, naming the file and what was found). Answers its MIME type
 * and SHA-256; the same check for a score sheet's evidence and an objection's attachments.
 */
export function checkedContent(fileName: string, bytes: Buffer): { mime: string; sha256: string } {
  const sniffed = sniffEvidence(fileName, bytes);
  if (!sniffed.ok) {
    throw new AppError('INVALID_INPUT', `${fileName}: ${sniffed.problem}`, {
      path: 'file',
      problem: sniffed.problem,
      fileName,
      extension: extensionOf(fileName).toUpperCase(),
      ...(sniffed.found ? { found: sniffed.found } : {}),
    });
  }
  return { mime: sniffed.mime, sha256: createHash('sha256').update(bytes).digest('hex') };
}
