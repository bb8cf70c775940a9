import type { branchRegistryContract } from '../../../shared/api/branch-registry';
import type { HandlerGroup } from '../registry';
import { addBranch, editBranch, moveBranch } from './branches';
import { branchTree } from './campaign-tree';
import { createCounty, listCounties, updateCounty } from './counties';
import { archiveBranch, archiveBranches, deleteBranch, restoreBranch } from './lifecycle';
import { setParticipation } from './participation';
import { addTownship, deleteTownship, renameTownship } from './townships';
import { registryTree } from './tree';

export const branchRegistryHandlers: HandlerGroup<typeof branchRegistryContract> = {
  'branchRegistry.tree': (input, ctx) => registryTree(ctx, input),
  'branchRegistry.addTownship': (input, ctx) => addTownship(ctx, input),
  'branchRegistry.renameTownship': (input, ctx) => renameTownship(ctx, input),
  'branchRegistry.deleteTownship': (input, ctx) => deleteTownship(ctx, input),
  'branchRegistry.addBranch': (input, ctx) => addBranch(ctx, input),
  'branchRegistry.editBranch': (input, ctx) => editBranch(ctx, input),
  'branchRegistry.moveBranch': (input, ctx) => moveBranch(ctx, input),
  'branchRegistry.archiveBranch': (input, ctx) => archiveBranch(ctx, input),
  'branchRegistry.archiveBranches': (input, ctx) => archiveBranches(ctx, input),
  'branchRegistry.restoreBranch': (input, ctx) => restoreBranch(ctx, input),
  'branchRegistry.deleteBranch': (input, ctx) => deleteBranch(ctx, input),
  'branchRegistry.setParticipation': (input, ctx) => setParticipation(ctx, input),
  'counties.list': (_input, ctx) => listCounties(ctx),
  'counties.create': (input, ctx) => createCounty(ctx, input),
  'counties.update': (input, ctx) => updateCounty(ctx, input),
  'branches.tree': (input, ctx) => branchTree(ctx, input),
};
