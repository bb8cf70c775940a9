import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FreezeStatus } from '../../../../shared/domain/views/integrity';
import { call } from '../../api/client';
import { freezeKeys } from './queries';

/**
 * Freezing and unfreezing change what every screen of the round may do: the round's status is
 * replaced by the answer, and everything else is asked again.
 */
function useFreezeMutation<I extends { roundId: string }>(
  run: (input: I) => Promise<FreezeStatus>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (status, input) => {
      client.setQueryData(freezeKeys.status(input.roundId), status);
      void client.invalidateQueries();
    },
  });
}

export const useFreeze = () =>
  useFreezeMutation((input: { roundId: string }) => call('integrity.freeze', input));

export const useUnfreeze = () =>
  useFreezeMutation((input: { roundId: string; reason: string }) =>
    call('integrity.unfreeze', input),
  );
