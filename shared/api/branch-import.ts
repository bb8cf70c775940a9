import { z } from 'zod';
import type { BranchImportPreview, BranchImportResult } from '../domain/views/branch-import';
import { file, method } from './method';
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
        file,
        sheetName: sheetName.optional(),
        mapping: mapping.optional(),
      })
      .refine(...oneScope),
  ).returns<BranchImportPreview>(),
  /** Reads the file again (never the renderer's rows) and applies it in one transaction. */
  'branchImport.apply': method(
    z
      .strictObject({
        ...scopeFields,
        file,
        sheetName: sheetName.optional(),
        mapping,
        onExisting: z.enum(['update', 'skip']),
        skipInvalid: z.boolean(),
      })
      .refine(...oneScope),
  ).returns<BranchImportResult>(),
} as const;
