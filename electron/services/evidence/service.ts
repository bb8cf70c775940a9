import type { EvidenceFileView, EvidenceLink } from '../../../shared/domain/views/evidence';
import { listItems } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import type { SheetRow } from '../../store/queries/sheet-rows';
import { getSheet } from '../../store/queries/sheet-rows';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { loadRubric } from '../rubrics';
import {
  evidenceBytes,
  findDuplicate,
  findEvidence,
  insertEvidence,
  listEvidence,
  markRemoved,
} from './queries';
import { checkedContent, readChosen } from './chosen';

const MIN_REASON = 2;

function requireSheet(ctx: ServiceContext, sheetId: string): SheetRow {
  const row = getSheet(ctx.db, sheetId);
  if (!row) throw new AppError('NOT_FOUND', `Sheet ${sheetId} does not exist`, { entity: 'sheet' });
  return row;
}

/** Evidence of a submitted sheet is part of what was submitted: reopen it first. */
function requireOpen(row: SheetRow): void {
  if (row.status === 'submitted') {
    throw new AppError('LOCKED', 'Submitted sheets are locked', { entity: 'sheet' });
  }
}

function requireItem(ctx: ServiceContext, row: SheetRow, itemCode: string): void {
  if (!listItems(loadRubric(ctx, row.rubric_version_id)).some((item) => item.code === itemCode)) {
    throw new AppError('INVALID_INPUT', `Unknown item ${itemCode}`, {
      path: itemCode,
      problem: 'unknown-item',
    });
  }
}

function requireFile(ctx: ServiceContext, id: string): EvidenceFileView {
  const found = findEvidence(ctx.db, id);
  if (!found)
    throw new AppError('NOT_FOUND', `Evidence ${id} does not exist`, { entity: 'evidence' });
  return found;
}

export function listSheetEvidence(
  ctx: ServiceContext,
  input: { sheetId: string },
): EvidenceFileView[] {
  requireSheet(ctx, input.sheetId);
  return listEvidence(ctx.db, input.sheetId);
}

export interface AddEvidenceInput {
  sheetId: string;
  itemCode: string | null;
  /** A file the user chose for `evidence` (held by main; see `ctx.files`). */
  fileId: string;
}

/**
 * Stores one file as a new row: a file with the same name is kept beside the earlier one, the
 * same bytes for the same target are refused as a duplicate naming the file already there.
 * The chosen file is let go afterwards, stored or refused (an upload's temporary copy goes).
 */
export async function addEvidence(
  ctx: ServiceContext,
  input: AddEvidenceInput,
): Promise<EvidenceFileView> {
  try {
    return store(ctx, input, await readChosen(ctx, input.fileId));
  } finally {
    await ctx.files.inbox.release(input.fileId);
  }
}

function store(
  ctx: ServiceContext,
  input: AddEvidenceInput,
  { fileName, bytes }: { fileName: string; bytes: Buffer },
): EvidenceFileView {
  // Hashing and sniffing happen before the transaction: nothing to hold a lock for.
  const { mime, sha256 } = checkedContent(fileName, bytes);
  const id = ctx.newId();
  write(ctx, (tx) => {
    const sheet = requireSheet(ctx, input.sheetId);
    requireOpen(sheet);
    if (input.itemCode !== null) requireItem(ctx, sheet, input.itemCode);
    const duplicate = findDuplicate(ctx.db, sheet.id, input.itemCode, sha256);
    if (duplicate) {
      throw new AppError('CONFLICT', `Same content as ${duplicate.fileName}`, {
        problem: 'duplicate',
        fileName,
        existing: duplicate.fileName,
        existingId: duplicate.id,
      });
    }
    const view = {
      id,
      sheetId: sheet.id,
      itemCode: input.itemCode,
      fileName,
      mimeType: mime,
      sizeBytes: bytes.length,
      sha256,
      uploadedBy: ctx.actor,
      createdAt: ctx.now(),
    };
    insertEvidence(ctx.db, view, bytes);
    tx.audit({
      action: 'evidence-add',
      entity: 'sheet',
      entityId: sheet.id,
      after: {
        item: input.itemCode,
        evidenceId: id,
        fileName,
        mimeType: mime,
        sizeBytes: bytes.length,
        sha256,
      },
    });
  });
  return requireFile(ctx, id);
}

/**
 * A one-time link to one file's bytes, removed or not: what was once evidence can always be
 * shown again. The bytes are read from the database only when the link is used.
 */
export function openEvidence(ctx: ServiceContext, input: { id: string }): EvidenceLink {
  const { id } = input;
  const file = requireFile(ctx, id);
  const link = ctx.files.outbox.offerStored(
    () => {
      const bytes = evidenceBytes(ctx.db, id);
      if (!bytes) throw new Error(`Evidence ${id} lost its bytes`);
      return bytes;
    },
    { fileName: file.fileName, mimeType: file.mimeType, size: file.sizeBytes },
  );
  return { ...link, sha256: file.sha256 };
}

/** Marks a file removed with a reason; the row and its bytes stay for the record. */
export function removeEvidence(
  ctx: ServiceContext,
  input: { id: string; reason: string },
): EvidenceFileView {
  const reason = input.reason.trim();
  if (reason.length < MIN_REASON) {
    throw new AppError('INVALID_INPUT', 'A reason is required to remove evidence', {
      path: 'reason',
      problem: 'reason-required',
    });
  }
  write(ctx, (tx) => {
    const file = requireFile(ctx, input.id);
    requireOpen(requireSheet(ctx, file.sheetId));
    const at = ctx.now();
    if (!markRemoved(ctx.db, file.id, { at, by: ctx.actor, reason })) {
      throw new AppError('CONFLICT', `${file.fileName} was removed already`, {
        problem: 'already-removed',
        fileName: file.fileName,
      });
    }
    tx.audit({
      action: 'evidence-remove',
      entity: 'sheet',
      entityId: file.sheetId,
      before: {
        item: file.itemCode,
        evidenceId: file.id,
        fileName: file.fileName,
        sha256: file.sha256,
      },
      after: { item: file.itemCode, evidenceId: file.id, removedAt: at },
      reason,
    });
  });
  return requireFile(ctx, input.id);
}
