import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { sheetKeys } from '../scoring/queries';

export const templateKeys = {
  evaluators: (campaignId: string) => [...queryKeys.campaign(campaignId), 'evaluators'] as const,
};

export function useCampaignEvaluators(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: templateKeys.evaluators(campaignId),
    queryFn: () => call('evaluators.list', { campaignId }),
    enabled,
  });
}

export function useExportTemplate() {
  return useMutation({
    mutationFn: (input: MethodInput<'scoreTemplates.export'>) =>
      call('scoreTemplates.export', input),
  });
}

export function usePreviewTemplate() {
  return useMutation({
    mutationFn: (input: MethodInput<'scoreTemplates.preview'>) =>
      call('scoreTemplates.preview', input),
  });
}

/** Imported scores change the campaign's counts, rankings and any open sheet. */
export function useApplyTemplate(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'scoreTemplates.apply'>) => call('scoreTemplates.apply', input),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.campaign(campaignId) }),
        client.invalidateQueries({ queryKey: sheetKeys.all }),
      ]);
    },
  });
}
