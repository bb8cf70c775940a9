import { useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

/** Keys of the grid screen; all start with `grid`. */
export const gridKeys = {
  choices: (campaignId: string) => ['grid', 'choices', campaignId] as const,
  view: (roundId: string, evaluatorId: string | null, townshipId: string | null) =>
    ['grid', 'view', roundId, evaluatorId ?? 'self', townshipId ?? 'all'] as const,
};

/** Rounds, evaluators and townships to choose the grid from. */
export function useGridChoices(campaignId: string) {
  return useQuery({
    queryKey: gridKeys.choices(campaignId),
    queryFn: async () => {
      const [overview, evaluators] = await Promise.all([
        call('campaigns.overview', { id: campaignId }),
        call('evaluators.list', { campaignId }),
      ]);
      return { rounds: overview.rounds, townships: overview.byTownship, evaluators };
    },
    // Assignments made a moment ago on the evaluators screen must show here at once.
    staleTime: 0,
  });
}

export function useGridView(input: MethodInput<'grid.load'>) {
  return useQuery({
    queryKey: gridKeys.view(input.roundId, input.evaluatorId, input.townshipId ?? null),
    queryFn: () => call('grid.load', input),
    // The screen keeps rows in local state; a background refetch would fight its saves.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function saveGrid(input: MethodInput<'grid.save'>) {
  return call('grid.save', input);
}
