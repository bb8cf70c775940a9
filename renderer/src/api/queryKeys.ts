/** Every query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  appInfo: ['app', 'info'] as const,
  recovery: ['recovery'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaigns', id] as const,
  overview: (id: string) => ['campaigns', id, 'overview'] as const,
  branchTree: (id: string) => ['campaigns', id, 'branches'] as const,
  campaignRubric: (id: string) => ['campaigns', id, 'rubric'] as const,
  counties: ['counties'] as const,
  county: (id: string) => ['counties', id] as const,
  preferences: ['preferences'] as const,
  rubricVersions: ['rubrics', 'versions'] as const,
};
