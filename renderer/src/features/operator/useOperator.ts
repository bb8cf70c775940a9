import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Remembers the operator's name in the data file; the status bar and the gate read it back. */
export function useSetOperator() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (operatorName: string) => call('preferences.update', { operatorName }),
    onSuccess: (preferences) => client.setQueryData(queryKeys.preferences, preferences),
  });
}
