import { isAllowedExternalUrl } from './external-url';
import { isInternalUrl } from './internal-url';

/** A page of ours may only ever navigate to another page of ours. */
export function shouldBlockNavigation(url: string): boolean {
  return !isInternalUrl(url);
}

export interface WindowOpenDecision {
  /** Passed to Electron as-is: the app never opens a second Electron window. */
  action: 'deny';
  /** Whether the URL may instead be shown in the user's browser via `shell.openExternal`. */
  openExternal: boolean;
}

/**
 * For `setWindowOpenHandler`: deny every new window (a child window would inherit a renderer we
 * do not control); allow-listed links go to the system browser instead.
 */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return { action: 'deny', openExternal: isAllowedExternalUrl(url) };
}
