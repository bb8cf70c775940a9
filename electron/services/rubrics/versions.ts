import type { RubricDefinition } from '../../../shared/domain/rubric';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import type { RubricVersionSummary } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import {
  getRubricVersion,
  insertRubricVersion,
  nextRubricVersionNumber,
  rubricVersionHasScores,
  updateRubricVersion,
} from '../../store/queries/rubrics';
import { audit } from '../audit';
import type { ServiceContext } from '../context';
import { toRubricSummary } from './service';
import { listTemplates } from './templates';

/** Validates a definition from a file or the editor; refuses with every problem listed. */
export function requireValidDefinition(input: unknown): RubricDefinition {
  const { definition, problems } = validateRubric(input);
  if (!definition) {
    const first = problems[0];
    throw new AppError('INVALID_INPUT', `Rubric has ${problems.length} problem(s)`, {
      path: first ? first.at : 'definition',
      problems: problems.length,
    });
  }
  return definition;
}

function summaryOf(ctx: ServiceContext, id: string): RubricVersionSummary {
  const row = getRubricVersion(ctx.db, id);
  if (!row)
    throw new AppError('NOT_FOUND', `Rubric version ${id} does not exist`, { entity: 'rubric' });
  return toRubricSummary(ctx, row);
}

/** A new rubric (its own lineage, version 1). */
export function createRubric(
  ctx: ServiceContext,
  name: string,
  input: unknown,
): RubricVersionSummary {
  const definition = requireValidDefinition(input);
  const id = ctx.newId();
  ctx.db
    .transaction(() => {
      insertRubricVersion(ctx.db, {
        id,
        lineageId: ctx.newId(),
        version: 1,
        name,
        definition: JSON.stringify(definition),
        maxPoints: definition.max,
        isDemo: false,
        createdAt: ctx.now(),
      });
      audit(ctx, { action: 'create', entity: 'rubric', entityId: id, after: { name } });
    })
    .immediate();
  return summaryOf(ctx, id);
}

export function createRubricFromTemplate(
  ctx: ServiceContext,
  templateId: string,
  name: string | undefined,
): RubricVersionSummary {
  const template = listTemplates().find((t) => t.id === templateId);
  if (!template) throw new AppError('NOT_FOUND', `No template ${templateId}`, { entity: 'rubric' });
  return createRubric(ctx, name ?? template.name, template.definition);
}

/**
 * Saves an edited rubric. A version that has scores is frozen: the edit becomes the lineage's
 * next version and campaigns stay on the old one until moved explicitly.
 */
export function saveRubric(
  ctx: ServiceContext,
  baseVersionId: string,
  name: string,
  input: unknown,
): RubricVersionSummary {
  const definition = requireValidDefinition(input);
  let savedId = baseVersionId;
  ctx.db
    .transaction(() => {
      const base = getRubricVersion(ctx.db, baseVersionId);
      if (!base) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
      const frozen = base.frozen_at !== null || rubricVersionHasScores(ctx.db, base.id);
      if (frozen) {
        savedId = ctx.newId();
        insertRubricVersion(ctx.db, {
          id: savedId,
          lineageId: base.lineage_id,
          version: nextRubricVersionNumber(ctx.db, base.lineage_id),
          name,
          definition: JSON.stringify(definition),
          maxPoints: definition.max,
          isDemo: false,
          createdAt: ctx.now(),
        });
      } else {
        updateRubricVersion(ctx.db, base.id, name, JSON.stringify(definition), definition.max);
      }
      audit(ctx, {
        action: frozen ? 'new-version' : 'update',
        entity: 'rubric',
        entityId: savedId,
        before: { id: base.id, name: base.name, version: base.version },
        after: { name },
      });
    })
    .immediate();
  return summaryOf(ctx, savedId);
}
