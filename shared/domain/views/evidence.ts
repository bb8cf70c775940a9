import type { FilePayload } from './files';

/**
 * Evidence files (photos, scanned minutes, PDFs, Word/Excel documents) attached to a score
 * sheet or one of its items. Lists carry metadata only; the bytes come one file at a time.
 */

/**
 * The largest evidence file. The web host refuses request bodies over 5 MiB and base64 makes a
 * file a third larger, so 3 MiB (4 MiB of base64) is the largest round size that always fits.
 */
export const EVIDENCE_MAX_BYTES = 3 * 1024 * 1024;

/** What the first bytes of a file may be recognised as; anything else is refused. */
export const EVIDENCE_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
] as const;

export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

/** Images the renderer may show in its preview (data: URLs, which the CSP allows for img). */
export function isPreviewableImage(mime: string): boolean {
  return mime.startsWith('image/') && (EVIDENCE_MIME_TYPES as readonly string[]).includes(mime);
}

export interface EvidenceFileView {
  id: string;
  sheetId: string;
  /** null: the file belongs to the whole sheet. */
  itemCode: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
  /** Set once the file is removed; removed files stay listed and retrievable for the record. */
  removedAt: string | null;
  removedBy: string | null;
  removeReason: string | null;
}

/** One file's bytes, as the API carries files, plus what it was recognised as. */
export interface EvidenceContent extends FilePayload {
  mimeType: string;
  sha256: string;
}
