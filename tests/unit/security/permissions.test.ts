import type { Session } from 'electron';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../electron/security/permissions';

const contents = {};
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'hid',
  'serial',
  'usb',
  'unknown',
] as const;

describe('permission handlers', () => {
  it('fit the handler types of Electron sessions', () => {
    type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
    type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
    type DeviceHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
    expectTypeOf(denyPermissionRequest).toExtend<RequestHandler>();
    expectTypeOf(denyPermissionCheck).toExtend<CheckHandler>();
    expectTypeOf(denyDevicePermission).toExtend<DeviceHandler>();
  });

  it.each(PERMISSIONS)('denies the request for %s through the callback', (permission) => {
    const callback = vi.fn();
    const details = { requestingUrl: 'app://xingping/', isMainFrame: true };
    denyPermissionRequest(contents, permission, callback, details);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('answers the check for %s with false', (permission) => {
    const details = { isMainFrame: true, requestingUrl: 'app://xingping/' };
    expect(denyPermissionCheck(contents, permission, 'app://xingping', details)).toBe(false);
    expect(denyPermissionCheck(null, permission, 'https://evil.example', details)).toBe(false);
  });

  it('denies device access', () => {
    expect(denyDevicePermission({ deviceType: 'usb', origin: 'app://xingping' })).toBe(false);
  });
});
