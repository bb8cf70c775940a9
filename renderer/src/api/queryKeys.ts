/** Every query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  recovery: ['recovery'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaigns', id] as const,
  overview: (id: string) => ['campaigns', id, 'overview'] as const,
  branchTree: (id: string) => ['campaigns', id, 'branches'] as const,
  campaignRubric: (id: string) => ['campaigns', id, 'rubric'] as const,
  counties: ['units', 'counties'] as const,
  rubricVersions: ['rubrics', 'versions'] as const,
};
