import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { peopleKeys, useCampaignMutation } from './rounds';

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
