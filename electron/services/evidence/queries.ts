import type { EvidenceFileView } from '../../../shared/domain/views/evidence';
import type { Store } from '../../store/open';

/** The columns of evidence_files without the bytes, which only `evidenceContent` reads. */
interface EvidenceRow {
  id: string;
  sheet_id: string;
  item_code: string | null;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  created_at: string;
  removed_at: string | null;
  removed_by: string | null;
  remove_reason: string | null;
}

const COLUMNS = `id, sheet_id, item_code, file_name, mime_type, size_bytes, sha256, uploaded_by,
  created_at, removed_at, removed_by, remove_reason`;

function toView(row: EvidenceRow): EvidenceFileView {
  return {
    id: row.id,
    sheetId: row.sheet_id,
    itemCode: row.item_code,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    removedBy: row.removed_by,
    removeReason: row.remove_reason,
  };
}

/** Sheet-level files first, then by item, oldest upload first within each. */
export function listEvidence(db: Store, sheetId: string): EvidenceFileView[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM evidence_files WHERE sheet_id = ?
        ORDER BY item_code IS NOT NULL, item_code, created_at, rowid`,
    )
    .all(sheetId) as EvidenceRow[];
  return rows.map(toView);
}

export function findEvidence(db: Store, id: string): EvidenceFileView | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM evidence_files WHERE id = ?`).get(id) as
    EvidenceRow | undefined;
  return row && toView(row);
}

/** A file still attached (not removed) to the same target with the same bytes. */
export function findDuplicate(
  db: Store,
  sheetId: string,
  itemCode: string | null,
  sha256: string,
): EvidenceFileView | undefined {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM evidence_files
        WHERE sheet_id = ? AND item_code IS ? AND sha256 = ? AND removed_at IS NULL LIMIT 1`,
    )
    .get(sheetId, itemCode, sha256) as EvidenceRow | undefined;
  return row && toView(row);
}

export function evidenceBytes(db: Store, id: string): Buffer | undefined {
  const row = db.prepare('SELECT content FROM evidence_files WHERE id = ?').get(id) as
    { content: Buffer } | undefined;
  return row?.content;
}

export function insertEvidence(
  db: Store,
  file: Omit<EvidenceFileView, 'removedAt' | 'removedBy' | 'removeReason'>,
  content: Buffer,
): void {
  db.prepare(
    `INSERT INTO evidence_files (id, sheet_id, item_code, file_name, mime_type, size_bytes, sha256,
       content, uploaded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    file.id,
    file.sheetId,
    file.itemCode,
    file.fileName,
    file.mimeType,
    file.sizeBytes,
    file.sha256,
    content,
    file.uploadedBy,
    file.createdAt,
  );
}

/** Marks a file removed; false when it was removed already (by someone else meanwhile). */
export function markRemoved(
  db: Store,
  id: string,
  removal: { at: string; by: string; reason: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE evidence_files SET removed_at = ?, removed_by = ?, remove_reason = ?
          WHERE id = ? AND removed_at IS NULL`,
      )
      .run(removal.at, removal.by, removal.reason, id).changes === 1
  );
}
