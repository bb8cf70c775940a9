// TEMPORARY STUB — being replaced by the rubric-files work (JSON and Excel import).
import type { FilePayload, RubricImportResult } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';

export function importRubricFile(_payload: FilePayload): RubricImportResult {
  throw new AppError('INTERNAL', 'Rubric import is not available yet');
}
