import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { RegistryScope } from '../branches/registryScope';

/** Reads the file on the main side and says what importing it would do; writes nothing. */
export function useBranchImportPreview() {
  return useMutation({
    mutationFn: (input: MethodInput<'branchImport.preview'>) => call('branchImport.preview', input),
  });
}

/**
 * Applies the list. Imported branches show up in the branch tree, the overview and the
 * campaign list's branch count, so all of those are refreshed.
 */
export function useBranchImportApply(scope: RegistryScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'branchImport.apply'>) => call('branchImport.apply', input),
    onSuccess: () =>
      Promise.all([
        // Everything of the campaign (tree, registry, overview, ranking, grid, progress) counts
        // branches, so its whole cache is refreshed, and the campaign list's branch count too.
        'campaignId' in scope
          ? client.invalidateQueries({ queryKey: queryKeys.campaign(scope.campaignId) })
          : client.invalidateQueries({ queryKey: queryKeys.county(scope.countyId) }),
        client.invalidateQueries({ queryKey: queryKeys.campaigns, exact: true }),
        client.invalidateQueries({ queryKey: queryKeys.counties }),
      ]),
  });
}
