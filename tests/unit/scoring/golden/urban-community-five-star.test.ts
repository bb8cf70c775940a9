import { describe, it } from 'vitest';
import { expectEngineScenario, loadFixture } from './fixture';

// Hand-computed expectations: see the `calc` and `note` texts in urban-community-five-star.json.
const fixture = loadFixture('urban-community-five-star');

describe('golden: urban community five-star (bonus caps, star gate, median)', () => {
  it.each(Object.keys(fixture.scenarios))('%s', (name) => expectEngineScenario(fixture, name));
});
