import { usePreferences } from '../../api/queries';
import { OperatorModal } from './OperatorModal';

/**
 * On a laptop where nobody gave a name yet, asks for it before anything else: every change and
 * export is recorded under it, so the app must never act as nobody (or as "web").
 */
export function OperatorGate() {
  const preferences = usePreferences();
  if (!preferences.isSuccess || preferences.data.operatorName !== null) return null;
  return <OperatorModal current={null} onClose={() => undefined} />;
}
