import { safeFileName } from '../../../workbook/file-name';

/**
 * The file a rubric is exported as: its name, made safe for every system. Apart from
 * `export.ts`, so main names the file without loading exceljs (the bytes are made in a worker).
 */
export function rubricFileName(name: string, format: 'json' | 'xlsx'): string {
  return `${safeFileName(name, 'rubric')}.${format}`;
}
