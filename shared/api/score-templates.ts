import { z } from 'zod';
import type { OutgoingFile } from '../domain/views/files';
import type { TemplateApplyResult, TemplatePreview } from '../domain/views/score-templates';
import { TEMPLATE_LAYOUTS } from '../domain/views/score-templates';
import { fileId } from './files';
import { id, jobId, method } from './method';

/** Fill-in score workbooks out and back in (issue #5). */
export const scoreTemplatesContract = {
  /** A workbook for one round and evaluator (null = self-assessment), optionally one township. */
  'scoreTemplates.export': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id.nullable(),
      townshipId: id.optional(),
      layout: z.enum(TEMPLATE_LAYOUTS),
      jobId,
    }),
  ).returns<OutgoingFile>(),
  /** Reads a filled-in workbook and compares every value with what is stored; writes nothing. */
  'scoreTemplates.preview': method(
    z.strictObject({ campaignId: id, fileId, jobId }),
  ).returns<TemplatePreview>(),
  /** Stores the workbook's new and changed values all or nothing. */
  'scoreTemplates.apply': method(
    z.strictObject({ campaignId: id, fileId, skipConflicts: z.boolean(), jobId }),
  ).returns<TemplateApplyResult>(),
} as const;
