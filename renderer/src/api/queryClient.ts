import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';

/**
 * Data lives in a local file, so answers are fast and only change through this window:
 * no refetch on focus (it would flicker on a projector), and retry only when the backend
 * could not be reached, since an error code from it will not change by asking again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (failures, error) =>
          failures < 2 && error instanceof ApiError && error.code === 'NETWORK',
      },
      mutations: { retry: false },
    },
  });
}
