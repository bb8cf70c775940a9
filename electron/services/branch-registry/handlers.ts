import type { branchRegistryContract } from '../../../shared/api/branch-registry';
import { addBranch, editBranch, moveBranch } from './branches';
import { archiveBranch, deleteBranch, restoreBranch } from './lifecycle';
import { setParticipation } from './participation';
import { addTownship, renameTownship } from './townships';
import { registryTree } from './tree';
import type { HandlerGroup } from '../registry';

export const branchRegistryHandlers: HandlerGroup<typeof branchRegistryContract> = {
  'branchRegistry.tree': ({ campaignId }, ctx) => registryTree(ctx, campaignId),
  'branchRegistry.addTownship': (input, ctx) => addTownship(ctx, input),
  'branchRegistry.renameTownship': (input, ctx) => renameTownship(ctx, input),
  'branchRegistry.addBranch': (input, ctx) => addBranch(ctx, input),
  'branchRegistry.editBranch': (input, ctx) => editBranch(ctx, input),
  'branchRegistry.moveBranch': (input, ctx) => moveBranch(ctx, input),
  'branchRegistry.archiveBranch': (input, ctx) => archiveBranch(ctx, input),
  'branchRegistry.restoreBranch': (input, ctx) => restoreBranch(ctx, input),
  'branchRegistry.deleteBranch': (input, ctx) => deleteBranch(ctx, input),
  'branchRegistry.setParticipation': (input, ctx) => setParticipation(ctx, input),
};
