import type { Language } from '../../../../shared/domain/views';
import type { OutgoingFile } from '../../../../shared/domain/views/files';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../workbook/file-name';
import type { ServiceContext } from '../../context';
import { getPreferences } from '../../preferences';
import { loadMinutesData } from './data';
import { minutesWordsFor } from './words';
import { buildMinutesTask } from '../tasks';

/**
 * `meetings.minutes`: the minutes (会议纪要) of a meeting as a Word document, read from the
 * records on main, built in a worker and offered behind a one-time link (never as bytes in JSON).
 */
export async function buildMinutes(
  ctx: ServiceContext,
  input: { id: string; language?: Language | undefined; jobId?: string | undefined },
): Promise<OutgoingFile> {
  // The minutes name who produced them: never an empty name.
  if (ctx.actor === '') throw new AppError('OPERATOR_REQUIRED', 'Name the operator first');
  const language = input.language ?? getPreferences(ctx).language;
  const data = loadMinutesData(ctx, { id: input.id, language });
  const words = minutesWordsFor(language);
  const fileName = safeFileName(`${data.title}-${words.t('fileSuffix')}-${data.heldOn}.docx`);
  return ctx.files.produce(async (target) => {
    await ctx.jobs.run(buildMinutesTask, { data, target }, { jobId: input.jobId, fileName });
    return fileName;
  });
}
