import { z } from 'zod';
import type { OutgoingFile } from '../domain/views/files';
import { LANGUAGES } from '../domain/views';
import type { ExportOptions } from '../domain/views/exports';
import { EXPORT_SHEETS } from '../domain/views/exports';
import { id, jobId, method } from './method';

const day = z.union([z.literal(''), z.iso.date()]);

export const exportOptionsSchema = z.strictObject({
  sheets: z.array(z.enum(EXPORT_SHEETS)).min(1).max(EXPORT_SHEETS.length),
  roundId: id.nullable(),
  starColumns: z.enum(['check', 'score']),
  unitName: z.string().trim().max(100),
  date: day,
  noticeFrom: day,
  noticeTo: day,
  objectionPhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+\-() ]*$/),
  language: z.enum(LANGUAGES),
});

/** Excel exports for superiors: ranking, statistics, public notice, score sheets (issue #5). */
export const exportsContract = {
  /** The campaign's remembered options, or defaults when none were saved. */
  'exports.options': method(z.strictObject({ campaignId: id })).returns<ExportOptions>(),
  'exports.saveOptions': method(
    z.strictObject({ campaignId: id, options: exportOptionsSchema }),
  ).returns<ExportOptions>(),
  /** Builds the workbook with the given options (and remembers them), in a worker. */
  'exports.build': method(
    z.strictObject({ campaignId: id, options: exportOptionsSchema, jobId }),
  ).returns<OutgoingFile>(),
} as const;
