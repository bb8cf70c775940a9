import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** A county's names show in the campaign list and every campaign header: refresh both. */
function useCountyMutation<M extends 'counties.create' | 'counties.update'>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.counties }),
        client.invalidateQueries({ queryKey: queryKeys.campaigns }),
      ]),
  });
}

export const useCreateCounty = () => useCountyMutation('counties.create');
export const useUpdateCounty = () => useCountyMutation('counties.update');
