/** The recovery capability's public face: the start-up session that survives a damaged file. */
export type { AppSession, DamagedStart } from './session';
export { startSession } from './session';
