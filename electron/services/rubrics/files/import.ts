import type { FilePayload, RubricImportResult } from '../../../../shared/domain/views';
import { rubricFromJson } from './json-format';
import { fileProblem } from './problems';
import { rubricFromXlsx } from './xlsx-import';
import { MAX_FILE_BYTES } from '../../../workbook/zip-guard';

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
 * Reads a rubric file (JSON or .xlsx) and names every problem it has. Async because exceljs
 * reads workbooks asynchronously; nothing is stored here, the caller decides what to keep.
 */
export async function importRubricFile(payload: FilePayload): Promise<RubricImportResult> {
  const name = stem(payload.fileName);
  const bytes = Buffer.from(payload.contentBase64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      definition: null,
      name,
      problems: [
        fileProblem('file-too-large', '(file)', {
          sizeMb: Math.ceil((bytes.length / 1024 / 1024) * 10) / 10,
          limitMb: MAX_FILE_BYTES / 1024 / 1024,
        }),
      ],
    };
  }
  if (looksLikeJson(payload.fileName, bytes)) return rubricFromJson(bytes.toString('utf8'), name);
  return rubricFromXlsx(bytes, name);
}
