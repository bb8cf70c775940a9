import { z } from 'zod';
import { FILE_ID_PATTERN } from '../transport';
import { method } from './method';

/** Ids of held and outgoing files (32 random bytes, base64url). */
export const fileId = z.string().regex(FILE_ID_PATTERN);

/** The files main holds for the page, and its long jobs (issue #12). */
export const filesContract = {
  /** Lets go of chosen files the page no longer needs (a dialog closed); unknown ids are ignored. */
  'files.release': method(z.strictObject({ ids: z.array(fileId).max(100) })).returns<{
    released: number;
  }>(),
  /** Stops a long job (reading or building a workbook); false when it had finished already. */
  'jobs.cancel': method(z.strictObject({ jobId: z.uuid() })).returns<{ cancelled: boolean }>(),
} as const;
