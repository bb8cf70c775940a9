import { z } from 'zod';
import type { FilePayload } from '../domain/views';
import type { TemplateApplyResult, TemplatePreview } from '../domain/views/score-templates';
import { TEMPLATE_LAYOUTS } from '../domain/views/score-templates';
import { file, id, method } from './method';

/** Fill-in score workbooks out and back in (issue #5). */
export const scoreTemplatesContract = {
  /** A workbook for one round and evaluator (null = self-assessment), optionally one township. */
  'scoreTemplates.export': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id.nullable(),
      townshipId: id.optional(),
      layout: z.enum(TEMPLATE_LAYOUTS),
    }),
  ).returns<FilePayload>(),
  /** Reads a filled-in workbook and compares every value with what is stored; writes nothing. */
  'scoreTemplates.preview': method(
    z.strictObject({ campaignId: id, file }),
  ).returns<TemplatePreview>(),
  /** Stores the workbook's new and changed values all or nothing. */
  'scoreTemplates.apply': method(
    z.strictObject({ campaignId: id, file, skipConflicts: z.boolean() }),
  ).returns<TemplateApplyResult>(),
} as const;
