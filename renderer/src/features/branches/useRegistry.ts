import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { RegistryScope } from './registryScope';
import { registryTreeKey } from './registryScope';

export function useRegistryTree(scope: RegistryScope) {
  return useQuery({
    queryKey: registryTreeKey(scope),
    queryFn: () => call('branchRegistry.tree', scope),
  });
}

type RegistryMethod = Extract<MethodName, `branchRegistry.${string}`>;

/**
 * One mutation per registry method. A change to the tree shows up in every campaign of the
 * county (names in rankings, counts in overviews, the campaign list) and in the county's own
 * registry, so all campaign and county queries are refreshed.
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
export const useDeleteTownship = () => useRegistryMutation('branchRegistry.deleteTownship');
export const useAddBranch = () => useRegistryMutation('branchRegistry.addBranch');
export const useEditBranch = () => useRegistryMutation('branchRegistry.editBranch');
export const useMoveBranch = () => useRegistryMutation('branchRegistry.moveBranch');
export const useArchiveBranch = () => useRegistryMutation('branchRegistry.archiveBranch');
export const useArchiveBranches = () => useRegistryMutation('branchRegistry.archiveBranches');
export const useRestoreBranch = () => useRegistryMutation('branchRegistry.restoreBranch');
export const useDeleteBranch = () => useRegistryMutation('branchRegistry.deleteBranch');
export const useSetParticipation = () => useRegistryMutation('branchRegistry.setParticipation');
