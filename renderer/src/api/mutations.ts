import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'campaigns.create'>) => call('campaigns.create', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.campaigns }),
  });
}

export function useDeleteCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'campaigns.delete'>) => call('campaigns.delete', input),
    onSuccess: ({ id }) => {
      // Drop the deleted campaign's screens instead of refetching them into NOT_FOUND errors.
      client.removeQueries({ queryKey: queryKeys.campaign(id) });
      return Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.campaigns, exact: true }),
        client.invalidateQueries({ queryKey: queryKeys.counties }),
      ]);
    },
  });
}

export function useCreateDemoCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('campaigns.createDemo', {}),
    // Restoring the demo may also add its county and rubric, which the create form lists.
    onSuccess: () => client.invalidateQueries(),
  });
}
