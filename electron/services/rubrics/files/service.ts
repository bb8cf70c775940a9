import type { OutgoingFile } from '../../../../shared/domain/views/files';
import type { RubricImportResult } from '../../../../shared/domain/views';
import { AppError } from '../../../../shared/errors';
import { getRubricVersion } from '../../../store/queries/rubrics';
import type { ServiceContext } from '../../context';
import { loadRubric } from '../load';
import { rubricFileName } from './file-name';
import { readRubricFile, writeRubricFile } from './tasks';

/** `rubrics.importFile`: reads the chosen file in a worker; the file is let go afterwards. */
export async function importRubricFile(
  ctx: ServiceContext,
  input: { fileId: string; jobId?: string | undefined },
): Promise<RubricImportResult> {
  const held = ctx.files.inbox.use(input.fileId, 'import');
  try {
    return await ctx.jobs.run(
      readRubricFile,
      { path: held.path, fileName: held.fileName },
      { jobId: input.jobId, fileName: held.fileName },
    );
  } finally {
    await ctx.files.inbox.release(input.fileId);
  }
}

/** `rubrics.exportFile`: a stored version as a JSON or Excel file behind a one-time link. */
export function exportRubricVersion(
  ctx: ServiceContext,
  input: { id: string; format: 'json' | 'xlsx'; jobId?: string | undefined },
): Promise<OutgoingFile> {
  const row = getRubricVersion(ctx.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  const definition = loadRubric(ctx, input.id);
  const fileName = rubricFileName(row.name, input.format);
  return ctx.files.produce(async (target) => {
    await ctx.jobs.run(
      writeRubricFile,
      { name: row.name, definition, format: input.format, target },
      { jobId: input.jobId, fileName },
    );
    return fileName;
  });
}
