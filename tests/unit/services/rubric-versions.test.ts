import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { rubricById } from '../../../electron/services/rubrics/service';
import { count, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'rv.sqlite'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function demo(): { campaignId: string; versionId: string; definition: RubricDefinition } {
  const campaign = listCampaignSummaries(services.ctx)[0]!;
  const view = rubricById(services.ctx, { id: campaign.rubricVersionId });
  return {
    campaignId: campaign.id,
    versionId: view.id,
    definition: structuredClone(view.definition),
  };
}

describe('rubric versions', () => {
  it('saving a frozen version creates the next version and leaves the old one as it was', async () => {
    const { versionId, definition } = demo();
    definition.dimensions[0]!.passLine = 8500;
    const result = await services.registry.call('rubrics.save', {
      baseVersionId: versionId,
      name: '2026版',
      definition,
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2, name: '2026版', frozen: false } });
    expect(rubricById(services.ctx, { id: versionId }).definition.dimensions[0]!.passLine).toBe(
      8000,
    );
    expect(count(services, 'rubric_versions')).toBe(2);
  });

  it('saving an unfrozen version changes it in place', async () => {
    const { versionId, definition } = demo();
    const created = await services.registry.call('rubrics.create', { name: '草稿', definition });
    if (!created.ok) throw new Error('create failed');
    const id = (created.data as { id: string }).id;
    definition.dimensions[1]!.passLine = 7000;
    const saved = await services.registry.call('rubrics.save', {
      baseVersionId: id,
      name: '草稿2',
      definition,
    });
    expect(saved).toMatchObject({ ok: true, data: { id, version: 1, name: '草稿2' } });
    expect(rubricById(services.ctx, { id }).definition.dimensions[1]!.passLine).toBe(7000);
    expect(versionId).not.toBe(id);
  });

  it('refuses an invalid definition and stores nothing', async () => {
    const { definition } = demo();
    definition.dimensions[0]!.max = 9999;
    const before = count(services, 'rubric_versions');
    const result = await services.registry.call('rubrics.create', { name: '坏的', definition });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(count(services, 'rubric_versions')).toBe(before);
  });

  it('moves a campaign to a new version only when nothing scored would be lost', async () => {
    const { campaignId, versionId, definition } = demo();
    const kept = structuredClone(definition);
    kept.dimensions[0]!.passLine = 8500;
    const ok = await services.registry.call('rubrics.save', {
      baseVersionId: versionId,
      name: 'v2',
      definition: kept,
    });
    if (!ok.ok) throw new Error('save failed');
    const moved = await services.registry.call('campaigns.setRubric', {
      campaignId,
      rubricVersionId: (ok.data as { id: string }).id,
    });
    expect(moved).toMatchObject({ ok: true });

    // Drop a scored item: the move must be refused, naming the item.
    const dropped = structuredClone(definition);
    const indicator = dropped.dimensions[1]!.indicators[0]!;
    const removed = indicator.items.shift()!;
    indicator.items[0]!.max += removed.max;
    if (indicator.items[0]!.type === 'points') indicator.items[0]!.step = 50;
    const v3 = await services.registry.call('rubrics.save', {
      baseVersionId: versionId,
      name: 'v3',
      definition: dropped,
    });
    if (!v3.ok) throw new Error(`save failed: ${JSON.stringify(v3.error)}`);
    const refused = await services.registry.call('campaigns.setRubric', {
      campaignId,
      rubricVersionId: (v3.data as { id: string }).id,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { item: removed.code } },
    });
  });

  it('creates a rubric from a built-in template', async () => {
    const templates = await services.registry.call('rubrics.templates', {});
    if (!templates.ok) throw new Error('templates failed');
    const first = (templates.data as { id: string }[])[0]!;
    const created = await services.registry.call('rubrics.createFromTemplate', {
      templateId: first.id,
    });
    expect(created).toMatchObject({ ok: true, data: { version: 1, frozen: false, campaigns: 0 } });
  });
});
