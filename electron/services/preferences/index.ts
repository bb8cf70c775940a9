/** The preferences capability's public face: what other capabilities may use. */
export { getPreferences } from './service';
