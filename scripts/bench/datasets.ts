import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RubricDefinition } from '../../shared/domain/rubric';

/** The shape of one generated campaign. Every field feeds the cache key. */
export interface DatasetSpec {
  name: string;
  townships: number;
  branches: number;
  evaluators: number;
  seed: number;
  /** Chance that one evaluator raises one star veto on one sheet. */
  starVetoRate: number;
  /** Chance that one evaluator raises one rating veto (no rating / level cap) on one sheet. */
  ratingVetoRate: number;
}

export const COUNTY: DatasetSpec = {
  name: 'county',
  townships: 15,
  branches: 300,
  evaluators: 5,
  seed: 20251,
  starVetoRate: 0.003,
  ratingVetoRate: 0.0005,
};

export const PROVINCE: DatasetSpec = {
  name: 'province',
  townships: 1400,
  branches: 46_000,
  evaluators: 3,
  seed: 20252,
  starVetoRate: 0.003,
  ratingVetoRate: 0.0005,
};

export const DATASETS: readonly DatasetSpec[] = [COUNTY, PROVINCE];

/**
 * Bump when the generator writes different rows for the same spec, so stale cached files are
 * not reused.
 */
export const GENERATOR_VERSION = 1;

export function benchCacheDir(): string {
  return join(tmpdir(), 'xingping-bench');
}

/**
 * `<name>-<schemaVersion>-<hash>.sqlite`: a new schema, spec, rubric or generator gives a new
 * file; the same ones reuse the file generated before.
 */
export function datasetFileName(
  spec: DatasetSpec,
  schemaVersion: number,
  rubric: RubricDefinition,
): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ spec, rubric, generator: GENERATOR_VERSION }))
    .digest('hex')
    .slice(0, 12);
  return `${spec.name}-${schemaVersion}-${hash}.sqlite`;
}
