import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

/** The exchange's own keys: conflicts and peers change only by a merge or a choice. */
export const exchangeKeys = {
  all: ['exchange'] as const,
  conflicts: () => [...exchangeKeys.all, 'conflicts'] as const,
  peers: () => [...exchangeKeys.all, 'peers'] as const,
  townships: () => [...exchangeKeys.all, 'townships'] as const,
};

export function useConflicts() {
  return useQuery({
    queryKey: exchangeKeys.conflicts(),
    queryFn: () => call('exchange.conflicts', {}),
  });
}

export function usePeers() {
  return useQuery({ queryKey: exchangeKeys.peers(), queryFn: () => call('exchange.peers', {}) });
}

export function useTownships() {
  return useQuery({
    queryKey: exchangeKeys.townships(),
    queryFn: () => call('exchange.townships', {}),
  });
}
