/** The demo capability's public face: the tour's campaign, in a county of its own. */
export { seedDemo, seedDemoIfEmpty } from './service';
