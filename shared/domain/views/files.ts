/**
 * Files as they travel (issue #12): never as bytes inside JSON. A file the user chooses is held
 * by main (a path in Electron, a streamed upload in the browser) and the API carries its id; a
 * file main produces waits behind a one-time link (`OutgoingFile`).
 */

const MiB = 1024 * 1024;

/**
 * Every kind of file that travels, with its real limit, checked while the bytes stream in
 * (browser) or from the file's size before it is read (Electron), and again where it is read.
 * `extensions` is what the file dialogs offer; the content decides what a file really is.
 */
export const FILE_KINDS = {
  evidence: {
    maxBytes: 50 * MiB,
    // The allow-list itself is electron/services/evidence/allow-list.ts (a test keeps them equal).
    extensions: [
      'png',
      'jpg',
      'jpeg',
      'gif',
      'webp',
      'heic',
      'heif',
      'pdf',
      'docx',
      'xlsx',
      'pptx',
      'txt',
    ],
  },
  import: { maxBytes: 100 * MiB, extensions: ['xlsx', 'xls', 'csv', 'txt', 'json'] },
  backup: { maxBytes: 2048 * MiB, extensions: ['xpbak'] },
  // Exchange packages between laptops (docs/exchange.md, issue #16).
  package: { maxBytes: 2048 * MiB, extensions: ['xpsync'] },
  /** A received file and its `.xpsig` signature, to be verified (验证文件). */
  verify: {
    maxBytes: 500 * MiB,
    extensions: ['xlsx', 'docx', 'pdf', 'csv', 'zip', 'json', 'xpsig'],
  },
} as const satisfies Record<string, { maxBytes: number; extensions: readonly string[] }>;

export type FileKind = keyof typeof FILE_KINDS;
export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

/**
 * What a refusal of a file over its kind's limit carries (`FILE_TOO_LARGE`), the same from the
 * page's own check before sending and from main's check while receiving: the file, the kind
 * and the limit in MB (and the file's size when known).
 */
export function tooLargeDetails(
  fileName: string,
  kind: FileKind,
  size?: number,
): Record<string, string | number> {
  const details: Record<string, string | number> = {
    fileName,
    kind,
    limitMb: Math.round(FILE_KINDS[kind].maxBytes / MiB),
  };
  if (size !== undefined) details.sizeMb = Math.ceil((size / MiB) * 10) / 10;
  return details;
}

/** A file the user chose (picked, dropped or uploaded), as main holds it until it is used. */
export interface PickedFile {
  /** Opaque and unguessable; what a method takes as `fileId`. */
  id: string;
  fileName: string;
  size: number;
  kind: FileKind;
}

/** A file the user chose that main refused to take (too large, not a file), with why. */
export interface RefusedFile {
  fileName: string;
  error: {
    code: string;
    message: string;
    details?: Record<string, string | number>;
  };
}

/** What choosing files gave: the ones taken and the ones refused; both empty when cancelled. */
export interface PickOutcome {
  files: PickedFile[];
  refused: RefusedFile[];
}

/** A file main produced (an export, a stored evidence file) behind a one-time link. */
export interface OutgoingFile {
  /** Opaque and unguessable; the link works once and expires. */
  id: string;
  fileName: string;
  size: number;
  mimeType: string;
}

/**
 * What saving an outgoing file did: in Electron, where the user saved it (or that they
 * cancelled the dialog); in the browser, that the download started (`path` null).
 */
export type SaveOutcome = { saved: false } | { saved: true; path: string | null };
