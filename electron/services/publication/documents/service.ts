import type { Language } from '../../../../shared/domain/views';
import type { OutgoingFile } from '../../../../shared/domain/views/files';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../workbook/file-name';
import type { ServiceContext } from '../../context';
import { getPreferences } from '../../preferences';
import { buildNamingWorkbookTask, buildPublicationDocumentTask } from '../tasks';
import { loadNamingDocData, loadNoticeDocData } from './data';
import type { NamingWorkbook } from './naming-workbooks';
import { publicationWords } from './words';

interface FileInput {
  language?: Language | undefined;
  jobId?: string | undefined;
}

function languageOf(ctx: ServiceContext, input: FileInput): Language {
  // The documents name who produced them: never an empty name.
  if (ctx.actor === '') throw new AppError('OPERATOR_REQUIRED', 'Name the operator first');
  return input.language ?? getPreferences(ctx).language;
}

/**
 * `publication.noticeDocument`: the notice (公示) as a Word document, read from the stored
 * notice on main, built in a worker and offered behind a one-time link.
 */
export async function buildNoticeDocument(
  ctx: ServiceContext,
  input: FileInput & { noticeId: string },
): Promise<OutgoingFile> {
  const language = languageOf(ctx, input);
  const data = loadNoticeDocData(ctx, { noticeId: input.noticeId, language });
  const fileName = safeFileName(`${data.title}.docx`);
  return ctx.files.produce(async (target) => {
    await ctx.jobs.run(
      buildPublicationDocumentTask,
      { kind: 'notice', data, target },
      { jobId: input.jobId, fileName },
    );
    return fileName;
  });
}

/** `publication.namingFile`: a naming's decision (Word), 授牌 list or 备案 table (Excel). */
export async function buildNamingFile(
  ctx: ServiceContext,
  input: FileInput & { namingId: string; file: 'decision' | NamingWorkbook },
): Promise<OutgoingFile> {
  const language = languageOf(ctx, input);
  const data = loadNamingDocData(ctx, { namingId: input.namingId, language });
  const { t } = publicationWords(language);
  const base = `${data.campaign}-${t(`fileName.${input.file}`)}-${data.namedOn}`;
  const fileName = safeFileName(`${base}.${input.file === 'decision' ? 'docx' : 'xlsx'}`);
  const file = input.file;
  return ctx.files.produce(async (target) => {
    if (file === 'decision')
      await ctx.jobs.run(
        buildPublicationDocumentTask,
        { kind: 'naming', data, target },
        { jobId: input.jobId, fileName },
      );
    else
      await ctx.jobs.run(
        buildNamingWorkbookTask,
        { kind: file, data, target },
        { jobId: input.jobId, fileName },
      );
    return fileName;
  });
}
