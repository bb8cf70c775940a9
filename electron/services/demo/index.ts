/** The demo capability's public face: the tour's campaign, created once on a new database. */
export { ensureDemoOnFirstStart, loadDemoRubric, seedDemo } from './service';
export type { DemoScore } from './scores';
export { createRandom, demoScore } from './scores';
