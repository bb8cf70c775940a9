import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryStatus } from '../../../../shared/domain/views/recovery';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useStartEmpty() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('recovery.startEmpty', {}),
    onSuccess: (status: RecoveryStatus) => {
      client.setQueryData(queryKeys.recovery, status);
      // Anything asked while the database was closed was refused; ask again.
      return client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.recovery[0],
      });
    },
  });
}

/** Starts from a backup instead of the damaged file; then everything is asked again. */
export function useRecoveryRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('recovery.restore', { name }),
    onSuccess: (status: RecoveryStatus) => {
      client.setQueryData(queryKeys.recovery, status);
      return client.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.recovery[0],
      });
    },
  });
}
