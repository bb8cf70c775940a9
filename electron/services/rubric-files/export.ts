// TEMPORARY STUB — being replaced by the rubric-files work (JSON and Excel export).
import type { RubricDefinition } from '../../../shared/domain/rubric';
import type { FilePayload } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';

export async function exportRubricFile(
  _name: string,
  _definition: RubricDefinition,
  _format: 'json' | 'xlsx',
): Promise<FilePayload> {
  return Promise.reject(new AppError('INTERNAL', 'Rubric export is not available yet'));
}
