import { describe, it } from 'vitest';
import { expectEngineScenario, loadFixture } from './fixture';

// Hand-computed expectations: see the `calc` and `note` texts in governance-award.json.
const fixture = loadFixture('governance-award');

describe('golden: governance award (selection per township, tie-breakers)', () => {
  it.each(Object.keys(fixture.scenarios))('%s', (name) => expectEngineScenario(fixture, name));
});
