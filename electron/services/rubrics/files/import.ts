import type { RubricImportResult } from '../../../../shared/domain/views';
import { FILE_KINDS } from '../../../../shared/domain/views/files';
import { rubricFromJson } from './json-format';
import { fileProblem } from './problems';
import { rubricFromXlsx } from './xlsx-import';

const MAX_BYTES = FILE_KINDS.import.maxBytes;

/** The file name without folder and extension: the rubric's name when the file names none. */
function stem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, 200) || 'rubric';
}

/** JSON by extension or by content (a JSON file renamed .txt still starts with `{`). */
function looksLikeJson(fileName: string, bytes: Buffer): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const head = bytes
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{');
}

/**
 * Reads a rubric file (JSON or .xlsx) and names every problem it has. Runs in a worker
 * (`rubrics.readFile`); nothing is stored here, the caller decides what to keep.
 */
export async function readRubricBytes(
  bytes: Buffer,
  fileName: string,
): Promise<RubricImportResult> {
  const name = stem(fileName);
  if (bytes.length > MAX_BYTES) {
    return {
      definition: null,
      name,
      problems: [
        fileProblem('file-too-large', '(file)', {
          sizeMb: Math.ceil((bytes.length / 1024 / 1024) * 10) / 10,
          limitMb: MAX_BYTES / 1024 / 1024,
        }),
      ],
    };
  }
  if (looksLikeJson(fileName, bytes)) return rubricFromJson(bytes.toString('utf8'), name);
  return rubricFromXlsx(bytes, name, fileName);
}
