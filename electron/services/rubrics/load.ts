import type { RubricDefinition } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import type { CompiledRubric } from '../../../shared/scoring';
import { compileRubric } from '../../../shared/scoring';
import type { Store } from '../../store/open';
import { getRubricVersion } from '../../store/queries/rubrics';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from './validate';

interface Loaded {
  /** The stored JSON this entry was parsed from. */
  text: string;
  definition: RubricDefinition;
  compiled?: CompiledRubric;
}

/** Parsed and validated rubric versions, per connection and version id. */
const loaded = new WeakMap<Store, Map<string, Loaded>>();

/** Freezes the shared definition: every caller gets the same object, so none may change it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function load(ctx: ServiceContext, versionId: string): Loaded {
  const row = getRubricVersion(ctx.db, versionId);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  let perDb = loaded.get(ctx.db);
  if (!perDb) {
    perDb = new Map();
    loaded.set(ctx.db, perDb);
  }
  // The stored text is the key: an unfrozen version saved since (by this window, another
  // process, or an edit that was rolled back) no longer matches and is parsed again.
  const hit = perDb.get(versionId);
  if (hit && hit.text === row.definition) return hit;
  const entry: Loaded = {
    text: row.definition,
    definition: deepFreeze(requireValidDefinition(JSON.parse(row.definition))),
  };
  perDb.set(versionId, entry);
  return entry;
}

/**
 * THE way to read a stored rubric version: parsed and validated once per version and kept
 * until its definition changes, so a score save does not re-validate the whole rubric. The
 * result is shared and frozen.
 */
export function loadRubric(ctx: ServiceContext, versionId: string): RubricDefinition {
  return load(ctx, versionId).definition;
}

/** The version compiled for the engine (`shared/scoring/compile.ts`), kept with it. */
export function loadCompiledRubric(ctx: ServiceContext, versionId: string): CompiledRubric {
  const entry = load(ctx, versionId);
  entry.compiled ??= compileRubric(entry.definition, versionId);
  return entry.compiled;
}
