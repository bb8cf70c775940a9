import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';

/** The Backups page's own queries: nothing else in the app reads or changes backups. */
const backupsKey = ['backups'] as const;
const previewKey = (name: string) => ['backups', 'preview', name] as const;

export function useBackups() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call('backups.list', {}) });
}

function useBackupMutation<
  M extends 'backups.create' | 'backups.pin' | 'backups.setFolder' | 'backups.setRetention',
>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () => client.invalidateQueries({ queryKey: backupsKey }),
  });
}

export const useCreateBackup = () => useBackupMutation('backups.create');
export const usePinBackup = () => useBackupMutation('backups.pin');
export const useSetBackupFolder = () => useBackupMutation('backups.setFolder');
export const useSetBackupRetention = () => useBackupMutation('backups.setRetention');

/** Reads the backup whole on the main side: asked once per opening of the restore dialog. */
export function useRestorePreview(name: string) {
  return useQuery({
    queryKey: previewKey(name),
    queryFn: () => call('backups.preview', { name }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

/**
 * After a restore every screen's data is another's: everything is asked again (invalidated,
 * not reset, so the screens keep showing until the new data is there instead of unmounting).
 */
export function useRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('backups.restore', { name }),
    onSuccess: () => client.invalidateQueries(),
  });
}
