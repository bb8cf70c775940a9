import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { rubricToJson } from './json-format';
import { rubricToXlsx } from './xlsx-export';

/** A rubric's file bytes: JSON for moving it between laptops, Excel for reading and editing. */
export async function rubricFileBytes(
  name: string,
  definition: RubricDefinition,
  format: 'json' | 'xlsx',
): Promise<Buffer> {
  if (format === 'json') return Buffer.from(rubricToJson(name, definition), 'utf8');
  return rubricToXlsx(name, definition);
}
