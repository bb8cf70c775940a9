import { describe, it } from 'vitest';
import { expectEngineScenario, loadFixture } from './fixture';

// Hand-computed expectations: see the `calc` and `note` texts in rural-five-star.json.
const fixture = loadFixture('rural-five-star');

describe('golden: rural five-star (per-star, capstone and prerequisite, vetoes, rounding, year change)', () => {
  it.each(Object.keys(fixture.scenarios))('%s', (name) => expectEngineScenario(fixture, name));
});
