/** The sheets capability's public face: what other capabilities may use. */
export { openSheet, reopenSheet, saveScores } from './service';
