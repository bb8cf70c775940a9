/**
 * The projector page's own link: the same app at `#/projector/<id>`. Opened in a new tab or
 * window it calls the API with the session cookie the app's first page set (web host); in
 * Electron main opens it in a second window (on the second display when there is one).
 */
export function projectorHref(meetingId: string): string {
  return `#/projector/${encodeURIComponent(meetingId)}`;
}
