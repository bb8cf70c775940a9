import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api';
import { call } from './client';
import { queryKeys } from './queryKeys';

/**
 * Ranking queries live under the campaign's key, so deleting a campaign drops them with it.
 * `round` is the chosen round id or 'deciding' when the server picks the deciding round.
 */
export const rankingKeys = {
  all: (campaignId: string) => [...queryKeys.campaign(campaignId), 'ranking'] as const,
  view: (campaignId: string, round: string) =>
    [...rankingKeys.all(campaignId), round, 'view'] as const,
  explain: (campaignId: string, round: string, branchId: string) =>
    [...rankingKeys.all(campaignId), round, 'explain', branchId] as const,
};

export function useRanking(campaignId: string, roundId: string | undefined) {
  return useQuery({
    queryKey: rankingKeys.view(campaignId, roundId ?? 'deciding'),
    queryFn: () => call('ranking.compute', roundId ? { campaignId, roundId } : { campaignId }),
    // Switching rounds keeps the old table on screen until the new one arrives, so the
    // projector does not flash a skeleton between two rankings.
    placeholderData: keepPreviousData,
  });
}

export function useRankingExplanation(
  campaignId: string,
  roundId: string,
  branchId: string | undefined,
) {
  return useQuery({
    queryKey: rankingKeys.explain(campaignId, roundId, branchId ?? ''),
    queryFn: () => call('ranking.explain', { campaignId, roundId, branchId: branchId ?? '' }),
    enabled: branchId !== undefined,
  });
}

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
