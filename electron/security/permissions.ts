/**
 * The app needs no camera, microphone, notifications, geolocation, clipboard-read or any other
 * web permission, so every request and every check is refused. Chromium asks the check handler
 * first and falls back to a request, so both must deny.
 *
 * The parameter shapes mirror `session.setPermissionRequestHandler`, `setPermissionCheckHandler`
 * and `setDevicePermissionHandler`, written out locally because this folder may not import
 * `electron`; `main/hardening.ts` hands them to the session, so tsc checks they still fit.
 */
export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (permissionGranted: boolean) => void,
  details?: unknown,
) => void;

export type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin?: string,
  details?: unknown,
) => boolean;

export type DevicePermissionHandler = (details: unknown) => boolean;

export const denyPermissionRequest: PermissionRequestHandler = (
  _webContents,
  _permission,
  callback,
) => {
  callback(false);
};

export const denyPermissionCheck: PermissionCheckHandler = () => false;

/** USB, HID and serial devices: nothing in the app talks to hardware. */
export const denyDevicePermission: DevicePermissionHandler = () => false;
