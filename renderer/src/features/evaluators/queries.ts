import { useQuery } from '@tanstack/react-query';
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

export function useEvaluators(campaignId: string) {
  return useQuery({
    queryKey: peopleKeys.evaluators(campaignId),
    queryFn: () => call('evaluators.list', { campaignId }),
  });
}

export function useAssignments(campaignId: string, roundId: string) {
  return useQuery({
    queryKey: peopleKeys.assignments(campaignId, roundId),
    queryFn: () => call('assignments.list', { roundId }),
    enabled: roundId !== '',
  });
}

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
