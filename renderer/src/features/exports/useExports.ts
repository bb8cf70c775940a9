import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportOptions } from '../../../../shared/domain/views/exports';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Under the campaign's key, so deleting the campaign drops it with the rest. */
const optionsKey = (campaignId: string) => [...queryKeys.campaign(campaignId), 'exports'] as const;

export function useExportOptions(campaignId: string, enabled: boolean) {
  return useQuery({
    queryKey: optionsKey(campaignId),
    queryFn: () => call('exports.options', { campaignId }),
    enabled,
  });
}

/** Builds the workbook; the options used are remembered by main and refetched here. */
export function useBuildExport(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ options, jobId }: { options: ExportOptions; jobId: string }) =>
      call('exports.build', { campaignId, options, jobId }),
    onSuccess: () => client.invalidateQueries({ queryKey: optionsKey(campaignId) }),
  });
}
