import type { OutgoingFile } from './files';
import { FILE_KINDS } from './files';

/**
 * Evidence files (photos, scanned minutes, PDFs, Word/Excel documents) attached to a score
 * sheet or one of its items. Lists carry metadata only; the bytes come one file at a time.
 */

/** The largest evidence file (the `evidence` kind of the file transport's table). */
export const EVIDENCE_MAX_BYTES = FILE_KINDS.evidence.maxBytes;

/** What the first bytes of a file may be recognised as; anything else is refused. */
export const EVIDENCE_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/heic',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
] as const;

export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

/** Images the renderer may show in its preview (from a one-time link on the page's origin). */
export function isPreviewableImage(mime: string): boolean {
  // HEIC photos are kept and downloaded, but Chromium cannot draw them.
  return (
    mime.startsWith('image/') &&
    mime !== 'image/heic' &&
    (EVIDENCE_MIME_TYPES as readonly string[]).includes(mime)
  );
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

/** What the page may show inline: images, PDF (in a frame) and plain text. */
export function isPreviewable(mime: string): boolean {
  return isPreviewableImage(mime) || mime === 'application/pdf' || mime === 'text/plain';
}

/** A one-time link to one file's bytes, with what they were recognised as. */
export interface EvidenceLink extends OutgoingFile {
  sha256: string;
}
