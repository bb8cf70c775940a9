import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignDeletion, CampaignSummary } from '../../../shared/domain/views';
import { verifyArchive } from '../../../electron/services/backups/verify';
import { call, count, failure } from '../support';
import { qingshanCampaign, scoreSheet, setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();

describe('deleting a campaign', () => {
  it('asks for the name of a campaign with score sheets and takes a backup first', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    await scoreSheet(services(), c, {
      roundId: c.rounds.county,
      branchId: q.branches['石门村']!,
      evaluatorId: c.evaluators.county,
    });
    const [campaign] = await call<CampaignSummary[]>(services(), 'campaigns.list', {});
    expect(campaign!.sheetCount).toBe(1);
    const name = '青山县2026年度农村“五星”支部评定';
    for (const confirmName of [undefined, '青山县2026年度', `${name}x`]) {
      expect(
        await failure(services(), 'campaigns.delete', {
          id: c.campaignId,
          ...(confirmName === undefined ? {} : { confirmName }),
        }),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'confirmName', name } });
    }
    const backups = join(dirname(services().ctx.info.dataFile), 'backups');
    expect(existsSync(backups)).toBe(false);
    expect(count(services(), 'campaigns')).toBe(1);

    const deleted = await call<CampaignDeletion>(services(), 'campaigns.delete', {
      id: c.campaignId,
      confirmName: ` ${name} `,
    });
    expect(count(services(), 'campaigns')).toBe(0);
    const backupName = 'xingping-20251120-080000-campaign-delete.xpbak';
    expect(deleted.backupFile).toBe(join(backups, backupName));
    expect(readdirSync(backups)).toEqual([backupName]);
    // The backup is verified and holds a whole, self-contained database with what was deleted.
    const extracted = join(dirname(backups), 'extracted.sqlite');
    expect(await verifyArchive(deleted.backupFile!, extracted)).toMatchObject({
      ok: true,
      manifest: { kind: 'campaign-delete', operator: '王芳' },
    });
    const copy = new Database(extracted, { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.prepare('SELECT name FROM campaigns').all()).toEqual([{ name }]);
      expect(copy.prepare('SELECT count(*) AS n FROM scores').get()).toEqual({
        n: c.items.length,
      });
    } finally {
      copy.close();
    }
    const entry = services()
      .ctx.db.prepare(
        "SELECT actor, after FROM audit_log WHERE entity = 'campaign' AND action = 'delete'",
      )
      .get() as { actor: string; after: string };
    expect(entry.actor).toBe('王芳');
    expect(JSON.parse(entry.after)).toEqual({ backupFile: deleted.backupFile });
  });

  it('deletes a campaign without sheets, or the demo, at once and without a copy', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    expect(await call(services(), 'campaigns.delete', { id: c.campaignId })).toEqual({
      id: c.campaignId,
      backupFile: null,
    });
    const demo = await call<CampaignSummary>(services(), 'campaigns.createDemo', {});
    expect(demo.sheetCount).toBeGreaterThan(0);
    expect(await call(services(), 'campaigns.delete', { id: demo.id })).toEqual({
      id: demo.id,
      backupFile: null,
    });
    expect(existsSync(join(dirname(services().ctx.info.dataFile), 'backups'))).toBe(false);
  });
});

describe('deleting an evaluator', () => {
  it('removes an evaluator without sheets with their assignments, and refuses one with sheets', async () => {
    const q = await setUpQingshan(services());
    const c = await qingshanCampaign(services(), q);
    const assignments = count(services(), 'assignments');
    await scoreSheet(
      services(),
      c,
      {
        roundId: c.rounds.county,
        branchId: q.branches['石门村']!,
        evaluatorId: c.evaluators.county,
      },
      'draft',
    );
    expect(
      await failure(services(), 'evaluators.delete', { id: c.evaluators.county }),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'evaluatorHasSheets', name: '周敏', count: 1 },
    });
    await call(services(), 'evaluators.delete', { id: c.evaluators.township });
    const left = await call<{ name: string }[]>(services(), 'evaluators.list', {
      campaignId: c.campaignId,
    });
    expect(left.map((e) => e.name)).toEqual(['周敏']);
    expect(count(services(), 'assignments')).toBe(assignments / 2);
    const entry = services()
      .ctx.db.prepare("SELECT actor, before FROM audit_log WHERE action = 'delete-evaluator'")
      .get() as { actor: string; before: string };
    expect(entry.actor).toBe('王芳');
    expect(JSON.parse(entry.before)).toMatchObject({ name: '陈刚', assignments: assignments / 2 });
  });
});
