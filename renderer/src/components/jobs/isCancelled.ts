import { toApiError } from '../../api/ApiError';

/** The user stopped the job: not a failure to report, just back to where they were. */
export function isCancelled(error: unknown): boolean {
  return toApiError(error).code === 'CANCELLED';
}
