import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The registry tree sits under its campaign's key, so campaign-wide invalidation reaches it. */
export const registryKeys = {
  tree: (campaignId: string) => [...queryKeys.campaign(campaignId), 'registry'] as const,
};

export function useRegistryTree(campaignId: string) {
  return useQuery({
    queryKey: registryKeys.tree(campaignId),
    queryFn: () => call('branchRegistry.tree', { campaignId }),
  });
}

type RegistryMethod = Extract<MethodName, `branchRegistry.${string}`>;

/**
 * One mutation per registry method. A change to the tree shows up in every campaign of the
 * county (names in rankings, counts in overviews, the campaign list), so all campaign queries
 * and the county list are refreshed.
 */
function useRegistryMutation<M extends RegistryMethod>(method: M) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.campaigns }),
        client.invalidateQueries({ queryKey: queryKeys.counties }),
      ]),
  });
}

export const useAddTownship = () => useRegistryMutation('branchRegistry.addTownship');
export const useRenameTownship = () => useRegistryMutation('branchRegistry.renameTownship');
export const useAddBranch = () => useRegistryMutation('branchRegistry.addBranch');
export const useEditBranch = () => useRegistryMutation('branchRegistry.editBranch');
export const useMoveBranch = () => useRegistryMutation('branchRegistry.moveBranch');
export const useArchiveBranch = () => useRegistryMutation('branchRegistry.archiveBranch');
export const useRestoreBranch = () => useRegistryMutation('branchRegistry.restoreBranch');
export const useDeleteBranch = () => useRegistryMutation('branchRegistry.deleteBranch');
export const useSetParticipation = () => useRegistryMutation('branchRegistry.setParticipation');
