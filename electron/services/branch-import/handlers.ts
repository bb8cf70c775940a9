import type { branchImportContract } from '../../../shared/api/branch-import';
import { applyBranchFile } from './apply';
import { analyseBranchFile } from './preview';
import type { HandlerGroup } from '../registry';

export const branchImportHandlers: HandlerGroup<typeof branchImportContract> = {
  'branchImport.preview': async (input, ctx) => (await analyseBranchFile(ctx, input)).preview,
  'branchImport.apply': (input, ctx) => applyBranchFile(ctx, input),
};
