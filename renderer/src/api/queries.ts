import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('app.info', {}) });
}

export function useCampaigns() {
  return useQuery({ queryKey: queryKeys.campaigns, queryFn: () => call('campaigns.list', {}) });
}

export function useCampaignOverview(id: string) {
  return useQuery({
    queryKey: queryKeys.overview(id),
    queryFn: () => call('campaigns.overview', { id }),
  });
}

export function useBranchTree(campaignId: string) {
  return useQuery({
    queryKey: queryKeys.branchTree(campaignId),
    queryFn: () => call('branches.tree', { campaignId }),
    enabled: campaignId !== '',
  });
}

export function useCampaignRubric(campaignId: string) {
  return useQuery({
    queryKey: queryKeys.campaignRubric(campaignId),
    queryFn: () => call('rubrics.forCampaign', { campaignId }),
  });
}

export function useCounties(enabled = true) {
  return useQuery({
    queryKey: queryKeys.counties,
    queryFn: () => call('counties.list', {}),
    enabled,
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: queryKeys.preferences,
    queryFn: () => call('preferences.get', {}),
  });
}

export function useRubricVersions(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.rubricVersions,
    queryFn: () => call('rubrics.versions', {}),
    enabled,
  });
}
