import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { rankingKeys } from './queries';

/** Resolving a veto changes the branch's result and possibly everyone's rank: refetch all. */
export function useResolveVeto(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'vetoes.resolve'>) => call('vetoes.resolve', input),
    onSuccess: () => client.invalidateQueries({ queryKey: rankingKeys.all(campaignId) }),
  });
}

export function useSetPlan(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (targets: MethodInput<'campaigns.setPlan'>['targets']) =>
      call('campaigns.setPlan', { campaignId, targets }),
    onSuccess: () => client.invalidateQueries({ queryKey: rankingKeys.all(campaignId) }),
  });
}
