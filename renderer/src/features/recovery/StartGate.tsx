import type { ReactNode } from 'react';
import { useRecoveryStatus } from './queries';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Shows the recovery screen instead of the app when the data file was found damaged at start.
 * Should the question itself fail, the app shows, and its own screens report what is wrong.
 */
export function StartGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStatus();
  if (status.isPending) return null;
  if (status.data?.state === 'damaged') return <RecoveryScreen status={status.data} />;
  return children;
}
