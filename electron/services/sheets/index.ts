/** The sheets capability's public face: what other capabilities may use. */
export type { SaveInput } from './service';
export { openSheet, saveScores } from './service';
