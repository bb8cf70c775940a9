import type { EvidenceLink } from '../../../shared/domain/views/evidence';
import type { ObjectionFileView } from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { checkedContent, readChosen } from '../evidence';
import {
  findObjectionFile,
  getObjection,
  insertObjectionFile,
  objectionFileBytes,
  objectionFiles,
  type ObjectionFileRow,
} from './queries';

function toView(row: ObjectionFileRow): ObjectionFileView {
  return {
    id: row.id,
    objectionId: row.objection_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

/**
 * Attaches a chosen file to an objection (the letter, a photo, the investigation's record):
 * the same checks as a score sheet's evidence (size, type against its bytes), stored in the
 * file and audited. The same bytes twice on one objection are refused, naming the file there.
 */
export async function attachObjectionFile(
  ctx: ServiceContext,
  input: { objectionId: string; fileId: string },
): Promise<ObjectionFileView> {
  try {
    const { fileName, bytes } = await readChosen(ctx, input.fileId);
    const { mime, sha256 } = checkedContent(fileName, bytes);
    const id = ctx.newId();
    write(ctx, (tx) => {
      if (!getObjection(ctx.db, input.objectionId))
        throw new AppError('NOT_FOUND', 'No such objection', {
          entity: 'objection',
          id: input.objectionId,
        });
      const duplicate = objectionFiles(ctx.db, input.objectionId).find((f) => f.sha256 === sha256);
      if (duplicate) {
        throw new AppError('CONFLICT', `Same content as ${duplicate.file_name}`, {
          problem: 'duplicate',
          fileName,
          existing: duplicate.file_name,
          existingId: duplicate.id,
        });
      }
      insertObjectionFile(
        ctx.db,
        {
          id,
          objection_id: input.objectionId,
          file_name: fileName,
          mime_type: mime,
          size_bytes: bytes.length,
          sha256,
          uploaded_by: ctx.actor,
          created_at: ctx.now(),
        },
        bytes,
      );
      tx.audit({
        action: 'evidence-add',
        entity: 'objection',
        entityId: input.objectionId,
        after: { fileId: id, fileName, mimeType: mime, sizeBytes: bytes.length, sha256 },
      });
    });
    return toView(findObjectionFile(ctx.db, id)!);
  } finally {
    await ctx.files.inbox.release(input.fileId);
  }
}

export function listObjectionFiles(ctx: ServiceContext, objectionId: string): ObjectionFileView[] {
  return objectionFiles(ctx.db, objectionId).map(toView);
}

/** A one-time link to an attachment's bytes, read from the file only when the link is used. */
export function openObjectionFile(ctx: ServiceContext, input: { id: string }): EvidenceLink {
  const file = findObjectionFile(ctx.db, input.id);
  if (!file)
    throw new AppError('NOT_FOUND', 'No such attachment', { entity: 'evidence', id: input.id });
  const link = ctx.files.outbox.offerStored(
    () => {
      const bytes = objectionFileBytes(ctx.db, file.id);
      if (!bytes) throw new Error(`Attachment ${file.id} lost its bytes`);
      return bytes;
    },
    { fileName: file.file_name, mimeType: file.mime_type, size: file.size_bytes },
  );
  return { ...link, sha256: file.sha256 };
}
