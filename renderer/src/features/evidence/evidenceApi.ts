import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';

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

/**
 * A one-time link to one file's bytes for the preview. A link works once, so it is never
 * reused: forgotten as soon as the preview closes, never refetched behind the user's back.
 */
export function useEvidenceLink(id: string | null) {
  return useQuery({
    queryKey: evidenceKeys.content(id ?? ''),
    queryFn: () => call('evidence.get', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Saves one file where the user says (Electron) or downloads it (browser). */
export async function saveEvidence(id: string) {
  const file = await call('evidence.get', { id });
  return { file, outcome: await saveFile(file) };
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
