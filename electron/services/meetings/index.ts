/** The meetings capability's public face: decided levels for the ranking, exports and #14. */
export { decidedLevels } from './service';
