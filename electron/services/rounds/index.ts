/** The rounds capability's public face: what other capabilities may use. */
export { conflictOfInterest } from './conflicts';
export { requireAssignment } from './sheet-access';
