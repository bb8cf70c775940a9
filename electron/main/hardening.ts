import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security/external-url';
import { shouldBlockNavigation, windowOpenDecision } from '../security/navigation';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../security/permissions';
import { createLogger } from '../logger';

const log = createLogger('security');

/** Refuses every web permission and device request for the session the window uses. */
export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
}

/**
 * Applied to every WebContents the app creates (via 'web-contents-created'), so no page, frame
 * or popup can leave the app's origin, open a window or embed a <webview>. Allow-listed links
 * go to the system browser instead; a meeting's projector link asks main for its window.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  openExternal: (url: string) => void,
  openProjector: (meetingId: string) => void = () => undefined,
): void {
  contents.on('will-navigate', (event) => {
    if (!shouldBlockNavigation(event.url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(event.url)) openExternal(event.url);
    else log.warn(`blocked navigation to ${event.url.slice(0, 200)}`);
  });
  // Sub-frames too: the CSP already forbids frames, this is the second lock on the same door.
  contents.on('will-frame-navigate', (event) => {
    if (shouldBlockNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternal) openExternal(url);
    if (decision.projectorMeetingId) openProjector(decision.projectorMeetingId);
    return { action: decision.action };
  });
}
