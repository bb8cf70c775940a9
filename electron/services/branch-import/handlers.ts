import type { branchImportContract } from '../../../shared/api/branch-import';
import type { HandlerGroup } from '../registry';
import { applyBranchFile } from './apply';
import { previewBranchFile } from './preview';

export const branchImportHandlers: HandlerGroup<typeof branchImportContract> = {
  'branchImport.preview': (input, ctx) => previewBranchFile(ctx, input),
  'branchImport.apply': (input, ctx) => applyBranchFile(ctx, input),
};
