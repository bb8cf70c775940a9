import { z } from 'zod';
import type { BranchImportPreview, BranchImportResult } from '../domain/views/branch-import';
import { fileId } from './files';
import { jobId, method } from './method';
import { oneScope, scopeFields } from './scope';

const column = z.number().int().min(1).max(100).nullable();
const mapping = z.strictObject({ township: column, name: column, type: column });
const sheetName = z.string().trim().min(1).max(100);

/** Branch-list import from Excel or CSV (issues #5, #11). */
export const branchImportContract = {
  /** Reads the file and says what importing it would do; writes nothing. */
  'branchImport.preview': method(
    z
      .strictObject({
        ...scopeFields,
        fileId,
        sheetName: sheetName.optional(),
        mapping: mapping.optional(),
        jobId,
      })
      .refine(...oneScope),
  ).returns<BranchImportPreview>(),
  /**
   * Reads the file again (never the renderer's rows; an unchanged file's parse is reused) and
   * applies it in one transaction. The chosen file is let go once the import is stored.
   */
  'branchImport.apply': method(
    z
      .strictObject({
        ...scopeFields,
        fileId,
        sheetName: sheetName.optional(),
        mapping,
        onExisting: z.enum(['update', 'skip']),
        skipInvalid: z.boolean(),
        jobId,
      })
      .refine(...oneScope),
  ).returns<BranchImportResult>(),
} as const;
