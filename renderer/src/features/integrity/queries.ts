import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** 定稿 status of a round: its current checkpoint, the history, whether results still match. */
export const freezeKeys = {
  status: (roundId: string) => ['rounds', roundId, 'freeze'] as const,
  fingerprint: (text: string) => ['freeze', 'fingerprint', text] as const,
};

export function useFreezeStatus(roundId: string | undefined) {
  return useQuery({
    queryKey: freezeKeys.status(roundId ?? ''),
    queryFn: () => call('integrity.status', { roundId: roundId ?? '' }),
    enabled: roundId !== undefined,
  });
}
