import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

/** Keys of the evidence lists; one list per sheet, shared by every paperclip on it. */
export const evidenceKeys = {
  sheet: (sheetId: string) => ['evidence', sheetId] as const,
  content: (id: string) => ['evidence', 'content', id] as const,
};

export function useEvidenceList(sheetId: string | null) {
  return useQuery({
    queryKey: evidenceKeys.sheet(sheetId ?? ''),
    queryFn: () => call('evidence.list', { sheetId: sheetId ?? '' }),
    enabled: sheetId !== null,
  });
}

/** One file's bytes; forgotten soon after the preview closes, as files can be megabytes. */
export function useEvidenceContent(id: string | null) {
  return useQuery({
    queryKey: evidenceKeys.content(id ?? ''),
    queryFn: () => call('evidence.get', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: Infinity,
    gcTime: 10_000,
  });
}

export function getEvidence(id: string) {
  return call('evidence.get', { id });
}

export function useAddEvidence(sheetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'evidence.add'>) => call('evidence.add', input),
    onSettled: () => client.invalidateQueries({ queryKey: evidenceKeys.sheet(sheetId) }),
  });
}

export function useRemoveEvidence(sheetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'evidence.remove'>) => call('evidence.remove', input),
    onSettled: () => client.invalidateQueries({ queryKey: evidenceKeys.sheet(sheetId) }),
  });
}
