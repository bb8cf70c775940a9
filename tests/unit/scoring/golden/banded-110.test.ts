import { describe, it } from 'vitest';
import { expectEngineScenario, loadFixture } from './fixture';

// Hand-computed expectations: see the `calc` and `note` texts in banded-110.json.
const fixture = loadFixture('banded-110');

describe('golden: banded 110 points (bands, gates, vetoes, trimmed mean, quotas)', () => {
  it.each(Object.keys(fixture.scenarios))('%s', (name) => expectEngineScenario(fixture, name));
});
