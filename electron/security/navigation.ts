import { isAllowedExternalUrl } from './external-url';
import { isInternalUrl } from './internal-url';

/** A page of ours may only ever navigate to another page of ours. */
export function shouldBlockNavigation(url: string): boolean {
  return !isInternalUrl(url);
}

export interface WindowOpenDecision {
  /**
   * Passed to Electron as-is: no page ever opens a child window (it would inherit a renderer we
   * do not control); main opens the one window it knows, the projector, itself.
   */
  action: 'deny';
  /** Whether the URL may instead be shown in the user's browser via `shell.openExternal`. */
  openExternal: boolean;
  /** The meeting whose projector page main should open in its own window, or null. */
  projectorMeetingId: string | null;
}

/** The meeting of an internal `…index.html#/projector/<id>` link (ids are UUIDs). */
export function projectorMeetingOf(url: string): string | null {
  if (!isInternalUrl(url)) return null;
  const match = /^#\/projector\/([0-9a-f-]{36})$/i.exec(new URL(url).hash);
  return match?.[1] ?? null;
}

/**
 * For `setWindowOpenHandler`: deny every new window (a child window would inherit a renderer we
 * do not control); allow-listed links go to the system browser instead, and a meeting's
 * projector link is opened by main in a window of its own.
 */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return {
    action: 'deny',
    openExternal: isAllowedExternalUrl(url),
    projectorMeetingId: projectorMeetingOf(url),
  };
}
