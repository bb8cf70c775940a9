import { onRestore } from '../backups';
import { installCapture } from './capture';
import { forgetReplica } from './replica';

let registered = false;

/**
 * What a restore must do for the exchange (registered once, at start): the restored file is a
 * new replica — its clock is behind stamps this laptop already sent, and stamping again under
 * the same id could repeat one — and its new connection needs the change capture.
 */
export function registerRestoreHooks(): void {
  if (registered) return;
  registered = true;
  onRestore({ prepared: forgetReplica, reopened: installCapture });
}
