import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

/** 公示, 异议 and 命名 of a round (issue #14). Every key starts with the round or the notice. */
export const publicationKeys = {
  all: ['publication'] as const,
  notice: (roundId: string) => ['publication', 'round', roundId, 'notice'] as const,
  objections: (noticeId: string) => ['publication', 'notice', noticeId, 'objections'] as const,
  objectionFiles: (objectionId: string) =>
    ['publication', 'objection', objectionId, 'files'] as const,
  namings: (noticeId: string) => ['publication', 'notice', noticeId, 'namings'] as const,
  preview: (input: MethodInput<'publication.namingPreview'>) =>
    ['publication', 'notice', input.noticeId, 'preview', input] as const,
  calendar: (countyId: string) => ['publication', 'county', countyId, 'calendar'] as const,
  namingSettings: (countyId: string) =>
    ['publication', 'county', countyId, 'naming-settings'] as const,
  timeline: (branchId: string) => ['publication', 'branch', branchId, 'timeline'] as const,
};

export function useNotice(roundId: string) {
  return useQuery({
    queryKey: publicationKeys.notice(roundId),
    queryFn: () => call('publication.notice', { roundId }),
  });
}

export function useObjections(noticeId: string) {
  return useQuery({
    queryKey: publicationKeys.objections(noticeId),
    queryFn: () => call('publication.objections', { noticeId }),
  });
}

export function useNamings(noticeId: string) {
  return useQuery({
    queryKey: publicationKeys.namings(noticeId),
    queryFn: () => call('publication.namings', { noticeId }),
  });
}

/** Who a naming on that day would name; the previous answer stays while a new one loads. */
export function useNamingPreview(
  input: MethodInput<'publication.namingPreview'>,
  enabled: boolean,
) {
  return useQuery({
    queryKey: publicationKeys.preview(input),
    queryFn: () => call('publication.namingPreview', input),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useWorkingCalendar(countyId: string) {
  return useQuery({
    queryKey: publicationKeys.calendar(countyId),
    queryFn: () => call('publication.calendar', { countyId }),
  });
}
