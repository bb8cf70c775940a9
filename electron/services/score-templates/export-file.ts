import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { ServiceContext } from '../context';
import type { ExportInput } from './export';
import { writeTemplateFile } from './tasks';

/** `scoreTemplates.export`: the workbook, built in a worker, behind a one-time link. */
export function exportScoreTemplate(
  ctx: ServiceContext,
  input: ExportInput & { jobId?: string | undefined },
): Promise<OutgoingFile> {
  const { jobId, ...request } = input;
  return ctx.files.produce((target) =>
    ctx.jobs.run(writeTemplateFile, { ...request, target }, { jobId, fileName: 'template.xlsx' }),
  );
}
