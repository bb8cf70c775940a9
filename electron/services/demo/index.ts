/** The demo capability's public face: the tour's campaign, created once on a new database. */
export { ensureDemoOnFirstStart, seedDemo } from './service';
