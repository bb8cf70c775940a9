import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { ServiceContext } from '../context';
import type { ExportInput } from './export';
import { findRound } from './queries';
import { writeTemplateFile } from './tasks';

/** `scoreTemplates.export`: the workbook, built in a worker, behind a one-time link. */
export function exportScoreTemplate(
  ctx: ServiceContext,
  input: ExportInput & { jobId?: string | undefined },
): Promise<OutgoingFile> {
  const { jobId, ...request } = input;
  // The worker names the file from the round's data; a stopped job names the round.
  const label = `${findRound(ctx.db, request.roundId)?.name ?? 'template'}.xlsx`;
  return ctx.files.produce((target) =>
    ctx.jobs.run(writeTemplateFile, { ...request, target }, { jobId, fileName: label }),
  );
}
