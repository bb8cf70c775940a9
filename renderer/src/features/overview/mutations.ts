import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Links last year's campaign; every view of this campaign (ranking included) is refetched. */
export function useLinkPrevious(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (previousCampaignId: string | null) =>
      call('campaigns.linkPrevious', { campaignId, previousCampaignId }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.campaign(campaignId) });
      await client.invalidateQueries({ queryKey: queryKeys.campaigns, exact: true });
    },
  });
}
