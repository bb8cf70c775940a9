import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Under the campaign's key, so scoring (which refreshes the campaign) refreshes these too. */
const progressKeys = {
  all: (campaignId: string) => [...queryKeys.campaign(campaignId), 'progress'] as const,
  matrix: (input: MethodInput<'progress.matrix'>) =>
    [...progressKeys.all(input.campaignId), 'matrix', input] as const,
  comparison: (input: MethodInput<'progress.comparison'>) =>
    [...progressKeys.all(input.campaignId), 'comparison', input] as const,
  consistency: (campaignId: string, roundId: string) =>
    [...progressKeys.all(campaignId), 'consistency', roundId] as const,
};

export function useProgressMatrix(input: MethodInput<'progress.matrix'>) {
  return useQuery({
    queryKey: progressKeys.matrix(input),
    queryFn: () => call('progress.matrix', input),
    // Changing a filter keeps the old matrix on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

export function useRoundComparison(input: MethodInput<'progress.comparison'>) {
  return useQuery({
    queryKey: progressKeys.comparison(input),
    queryFn: () => call('progress.comparison', input),
    placeholderData: keepPreviousData,
  });
}

export function useConsistency(campaignId: string, roundId: string) {
  return useQuery({
    queryKey: progressKeys.consistency(campaignId, roundId),
    queryFn: () => call('progress.consistency', { campaignId, roundId }),
    placeholderData: keepPreviousData,
  });
}

export function useSetThreshold(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (threshold: number) => call('progress.setThreshold', { campaignId, threshold }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: [...progressKeys.all(campaignId), 'comparison'] }),
  });
}
