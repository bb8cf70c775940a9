import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { safeFileName } from '../../../workbook/file-name';
import { rubricToJson } from './json-format';
import { rubricToXlsx } from './xlsx-export';

/** The file a rubric is exported as: its name, made safe for every system. */
export function rubricFileName(name: string, format: 'json' | 'xlsx'): string {
  return `${safeFileName(name, 'rubric')}.${format}`;
}

/** A rubric's file bytes: JSON for moving it between laptops, Excel for reading and editing. */
export async function rubricFileBytes(
  name: string,
  definition: RubricDefinition,
  format: 'json' | 'xlsx',
): Promise<Buffer> {
  if (format === 'json') return Buffer.from(rubricToJson(name, definition), 'utf8');
  return rubricToXlsx(name, definition);
}
