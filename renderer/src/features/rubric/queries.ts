import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Keys of the rubric screens; all start with `rubrics` so one prefix refreshes them all. */
export const rubricKeys = {
  all: ['rubrics'] as const,
  versions: queryKeys.rubricVersions,
  version: (id: string) => ['rubrics', 'version', id] as const,
  templates: ['rubrics', 'templates'] as const,
};

export function useRubricVersionList() {
  return useQuery({ queryKey: rubricKeys.versions, queryFn: () => call('rubrics.versions', {}) });
}

export function useRubricVersion(id: string) {
  return useQuery({ queryKey: rubricKeys.version(id), queryFn: () => call('rubrics.get', { id }) });
}

export function useRubricTemplates() {
  return useQuery({
    queryKey: rubricKeys.templates,
    queryFn: () => call('rubrics.templates', {}),
    // Built into the app: they cannot change while it runs.
    staleTime: Infinity,
  });
}
