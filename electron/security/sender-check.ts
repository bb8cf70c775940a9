import { isInternalUrl } from './internal-url';

/**
 * Every IPC handler asks this before doing anything: only a frame showing one of our own pages
 * may call the API. A frame that is gone (navigated or destroyed) has no URL and is refused.
 */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  return isInternalUrl(frameUrl);
}
