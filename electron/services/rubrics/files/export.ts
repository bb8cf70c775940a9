import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { FilePayload } from '../../../../shared/domain/views/files';
import { AppError } from '../../../../shared/errors';
import { getRubricVersion } from '../../../store/queries/rubrics';
import type { ServiceContext } from '../../context';
import { loadRubric } from '../load';
import { rubricToJson } from './json-format';
import { rubricToXlsx } from './xlsx-export';
import { safeFileName } from '../../../workbook/file-name';

export async function exportRubricFile(
  name: string,
  definition: RubricDefinition,
  format: 'json' | 'xlsx',
): Promise<FilePayload> {
  const base = safeFileName(name, 'rubric');
  if (format === 'json') {
    return {
      fileName: `${base}.json`,
      contentBase64: Buffer.from(rubricToJson(name, definition), 'utf8').toString('base64'),
    };
  }
  const bytes = await rubricToXlsx(name, definition);
  return { fileName: `${base}.xlsx`, contentBase64: bytes.toString('base64') };
}

/** `rubrics.exportFile`: a stored version as a JSON or Excel file. */
export function exportRubricVersion(
  ctx: ServiceContext,
  input: { id: string; format: 'json' | 'xlsx' },
): Promise<FilePayload> {
  const row = getRubricVersion(ctx.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  return exportRubricFile(row.name, loadRubric(ctx, input.id), input.format);
}
