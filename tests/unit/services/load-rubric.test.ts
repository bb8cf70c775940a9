import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { loadCompiledRubric, loadRubric } from '../../../electron/services/rubrics';
import type * as RubricValidate from '../../../shared/domain/rubric-validate';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import type { RubricVersionSummary, SheetView } from '../../../shared/domain/views';
import type { Fixture } from '../progress/fixture';
import { buildFixture, RUBRIC } from '../progress/fixture';
import { call, tempDir, testServices } from '../support';

// The real validator, counted: how often the whole rubric is validated.
vi.mock('../../../shared/domain/rubric-validate', async (original) => {
  const actual = await original<typeof RubricValidate>();
  return { ...actual, validateRubric: vi.fn(actual.validateRubric) };
});
const validations = vi.mocked(validateRubric);

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
let versionId: string;

beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'rubric.sqlite'), false);
  f = buildFixture(services);
  versionId = (
    services.ctx.db
      .prepare('SELECT rubric_version_id AS id FROM campaigns WHERE id = ?')
      .get(f.campaignId) as { id: string }
  ).id;
  validations.mockClear();
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function draftOf(branchId: string, evaluatorId: string): { id: string; version: number } {
  return services.ctx.db
    .prepare(
      'SELECT id, version FROM score_sheets WHERE round_id = ? AND branch_id = ? AND evaluator_id = ?',
    )
    .get(f.countyRound, branchId, evaluatorId) as { id: string; version: number };
}

describe('loadRubric', () => {
  it('validates a version once: score saves after that reuse the same parsed rubric', async () => {
    const definition = loadRubric(services.ctx, versionId);
    const compiled = loadCompiledRubric(services.ctx, versionId);
    expect(validations).toHaveBeenCalledTimes(1);
    let sheet = draftOf(f.b, f.ea);
    for (const points of [100, 200, 300]) {
      const saved = await call<SheetView>(services, 'scores.save', {
        sheetId: sheet.id,
        expectedVersion: sheet.version,
        entries: [{ item: 'P2', value: { points } }],
      });
      sheet = { id: saved.id, version: saved.version };
    }
    expect(validations).toHaveBeenCalledTimes(1);
    expect(loadRubric(services.ctx, versionId)).toBe(definition);
    expect(loadCompiledRubric(services.ctx, versionId)).toBe(compiled);
  });

  it('reads an unfrozen version again once its definition is saved, and only then', async () => {
    const created = await call<RubricVersionSummary>(services, 'rubrics.create', {
      name: '青山县星级评定细则',
      definition: RUBRIC,
    });
    const first = loadRubric(services.ctx, created.id);
    expect(first.dimensions[0]!.name).toBe('班子');
    expect(loadRubric(services.ctx, created.id)).toBe(first);
    const renamed = structuredClone(RUBRIC);
    renamed.dimensions[0]!.name = '班子建设强';
    const saved = await call<RubricVersionSummary>(services, 'rubrics.save', {
      baseVersionId: created.id,
      name: '青山县星级评定细则',
      definition: renamed,
    });
    expect(saved.id).toBe(created.id); // not frozen: saved over
    const second = loadRubric(services.ctx, created.id);
    expect(second).not.toBe(first);
    expect(second.dimensions[0]!.name).toBe('班子建设强');
  });

  it('hands out a frozen definition, so no caller can change what the others read', () => {
    const definition = loadRubric(services.ctx, versionId);
    expect(() => {
      (definition.dimensions[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(loadRubric(services.ctx, versionId).dimensions[0]!.name).toBe('班子');
  });

  it('refuses a version that does not exist', () => {
    expect(() => loadRubric(services.ctx, '00000000-0000-4000-8000-00000000dead')).toThrow(
      /Rubric version missing/,
    );
  });
});
