import type { RubricVersionSummary } from '../../../shared/domain/views/rubrics';
import { AppError } from '../../../shared/errors';
import {
  getRubricVersion,
  insertRubricVersion,
  nextRubricVersionNumber,
  rubricVersionHasScores,
  updateRubricVersion,
} from '../../store/queries/rubrics';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { toRubricSummary } from './service';
import { listTemplates } from './templates';
import { requireValidDefinition } from './validate';

function summaryOf(ctx: ServiceContext, id: string): RubricVersionSummary {
  const row = getRubricVersion(ctx.db, id);
  if (!row)
    throw new AppError('NOT_FOUND', `Rubric version ${id} does not exist`, { entity: 'rubric' });
  return toRubricSummary(ctx, row);
}

/** A new rubric (its own lineage, version 1). */
export function createRubric(
  ctx: ServiceContext,
  input: { name: string; definition: unknown },
): RubricVersionSummary {
  const definition = requireValidDefinition(input.definition);
  const id = ctx.newId();
  write(ctx, (tx) => {
    insertRubricVersion(ctx.db, {
      id,
      lineageId: ctx.newId(),
      version: 1,
      name: input.name,
      definition: JSON.stringify(definition),
      maxPoints: definition.max,
      isDemo: false,
      createdAt: ctx.now(),
    });
    tx.audit({ action: 'create', entity: 'rubric', entityId: id, after: { name: input.name } });
  });
  return summaryOf(ctx, id);
}

export function createRubricFromTemplate(
  ctx: ServiceContext,
  input: { templateId: string; name?: string | undefined },
): RubricVersionSummary {
  const template = listTemplates().find((t) => t.id === input.templateId);
  if (!template)
    throw new AppError('NOT_FOUND', `No template ${input.templateId}`, { entity: 'rubric' });
  return createRubric(ctx, {
    name: input.name ?? template.name,
    definition: template.definition,
  });
}

/**
 * Saves an edited rubric. A version that has scores is frozen: the edit becomes the lineage's
 * next version and campaigns stay on the old one until moved explicitly. (`loadRubric` sees
 * the changed definition of an unfrozen version by itself: its cache is keyed by the text.)
 */
export function saveRubric(
  ctx: ServiceContext,
  input: { baseVersionId: string; name: string; definition: unknown },
): RubricVersionSummary {
  const { baseVersionId, name } = input;
  const definition = requireValidDefinition(input.definition);
  const savedId = write(ctx, (tx) => {
    const base = getRubricVersion(ctx.db, baseVersionId);
    if (!base) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
    const frozen = base.frozen_at !== null || rubricVersionHasScores(ctx.db, base.id);
    let id = base.id;
    if (frozen) {
      id = ctx.newId();
      insertRubricVersion(ctx.db, {
        id,
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
    tx.audit({
      action: frozen ? 'new-version' : 'update',
      entity: 'rubric',
      entityId: id,
      before: { id: base.id, name: base.name, version: base.version },
      after: { name },
    });
    return id;
  });
  return summaryOf(ctx, savedId);
}
