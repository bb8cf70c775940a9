import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useCreateEvaluator(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'evaluators.create'>) =>
    call('evaluators.create', input),
  );
}

export function useUpdateEvaluator(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'evaluators.update'>) =>
    call('evaluators.update', input),
  );
}

export function useDeleteEvaluator(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'evaluators.delete'>) =>
    call('evaluators.delete', input),
  );
}

export function useAssignTownship(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'assignments.assignTownship'>) =>
    call('assignments.assignTownship', input),
  );
}

export function useRemoveAssignment(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'assignments.remove'>) =>
    call('assignments.remove', input),
  );
}

/**
 * Rounds, evaluators and assignments feed counts, pickers, the overview and the ranking
 * (the deciding round), so every change refreshes the whole campaign.
 */
export function useCampaignMutation<I, O>(campaignId: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.campaign(campaignId) }),
  });
}

export function useCreateRound(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'rounds.create'>) =>
    call('rounds.create', input),
  );
}

export function useUpdateRound(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'rounds.update'>) =>
    call('rounds.update', input),
  );
}

export function useDeleteRound(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'rounds.delete'>) =>
    call('rounds.delete', input),
  );
}

export function useReorderRounds(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'rounds.reorder'>) =>
    call('rounds.reorder', input),
  );
}

export function useSetDecidingRound(campaignId: string) {
  return useCampaignMutation(campaignId, (input: MethodInput<'rounds.setDeciding'>) =>
    call('rounds.setDeciding', input),
  );
}
