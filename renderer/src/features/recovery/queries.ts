import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Whether the data file opened at start, or was found damaged and moved aside. */
export function useRecoveryStatus() {
  return useQuery({
    queryKey: queryKeys.recovery,
    queryFn: () => call('recovery.status', {}),
    // Asked once per start; only the user's choice on the recovery screen changes it.
    staleTime: Infinity,
    retry: false,
  });
}
