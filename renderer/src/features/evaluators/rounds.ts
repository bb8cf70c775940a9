import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Rounds, evaluators and assignments live under the campaign's key. */
export const peopleKeys = {
  rounds: (campaignId: string) => [...queryKeys.campaign(campaignId), 'rounds'] as const,
  evaluators: (campaignId: string) => [...queryKeys.campaign(campaignId), 'evaluators'] as const,
  assignments: (campaignId: string, roundId: string) =>
    [...queryKeys.campaign(campaignId), 'assignments', roundId] as const,
  branchEvaluators: (campaignId: string, roundId: string, branchId: string) =>
    [...queryKeys.campaign(campaignId), 'branchEvaluators', roundId, branchId] as const,
};

export function useRounds(campaignId: string) {
  return useQuery({
    queryKey: peopleKeys.rounds(campaignId),
    queryFn: () => call('rounds.list', { campaignId }),
    enabled: campaignId !== '',
  });
}

/** Who may score a branch in a round (the "who scores" choice of the score sheet). */
export function useBranchEvaluators(campaignId: string, roundId: string, branchId: string) {
  return useQuery({
    queryKey: peopleKeys.branchEvaluators(campaignId, roundId, branchId),
    queryFn: () => call('rounds.branchEvaluators', { roundId, branchId }),
    enabled: campaignId !== '' && roundId !== '' && branchId !== '',
  });
}

export function previewAssignment(input: MethodInput<'rounds.previewAssignment'>) {
  return call('rounds.previewAssignment', input);
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
