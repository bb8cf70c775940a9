/** The rounds capability's public face: what other capabilities may use. */
export { conflictOfInterest } from './conflicts';
export { requireRoundRule } from './plan-township';
export { roundRefusal } from './refusals';
export { requireAssignment, requireSheetFitsRound } from './sheet-access';
