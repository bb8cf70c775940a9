import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  campaignOverview,
  insertCampaignWithRounds,
  removeCampaign,
} from '../../../electron/services/campaigns/service';
import { count, demoCountyCampaign, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('transactions', () => {
  it('a write that fails half-way leaves nothing behind', () => {
    const services = testServices(join(tmp.dir, 't.sqlite'));
    const { ctx } = services;
    const before = count(services, 'campaigns');
    const rounds = count(services, 'rounds');
    const audit = count(services, 'audit_log');
    const county = ctx.db.prepare("SELECT id FROM org_units WHERE kind = 'county'").get() as {
      id: string;
    };
    const rubric = ctx.db.prepare('SELECT id FROM rubric_versions').get() as { id: string };
    // The second round's name breaks a CHECK after the campaign and first round were inserted.
    expect(() =>
      insertCampaignWithRounds(ctx, {
        name: '新批次',
        year: 2026,
        countyId: county.id,
        isDemo: true,
        branchTypes: ['rural', 'community', 'other'],
        rubricVersionId: rubric.id,
        rounds: [
          { kind: 'self', name: '自评' },
          { kind: 'county', name: '' },
        ],
      }),
    ).toThrow(/CHECK/);
    expect(count(services, 'campaigns')).toBe(before);
    expect(count(services, 'rounds')).toBe(rounds);
    expect(count(services, 'campaign_branches')).toBe(40);
    expect(count(services, 'audit_log')).toBe(audit);
    services.close();
  });

  it('deleting the demo removes its scores and demo-only rows and audits what went', async () => {
    const services = testServices(join(tmp.dir, 'd.sqlite'));
    const { ctx } = services;
    const demo = ctx.db.prepare('SELECT id FROM campaigns WHERE is_demo = 1').get() as {
      id: string;
    };
    const scoresBefore = count(services, 'scores');
    expect(scoresBefore).toBeGreaterThan(0);
    await removeCampaign(ctx, { id: demo.id });
    for (const table of [
      'campaigns',
      'rounds',
      'score_sheets',
      'scores',
      'org_units',
      'evaluators',
      'rubric_versions',
    ]) {
      expect(count(services, table), table).toBe(0);
    }
    const entry = ctx.db.prepare("SELECT * FROM audit_log WHERE action = 'delete'").get() as {
      actor: string;
      before: string;
    };
    expect(entry.actor).toBe('tester');
    expect(JSON.parse(entry.before)).toMatchObject({ isDemo: true, scores: scoresBefore });
    expect(() => campaignOverview(ctx, { id: demo.id })).toThrow(AppError);
    services.close();
  });

  it('deleting the demo keeps another campaign over its county and what that one uses', async () => {
    const services = testServices(join(tmp.dir, 'k.sqlite'));
    const { ctx } = services;
    const demo = ctx.db.prepare('SELECT id, rubric_version_id FROM campaigns').get() as {
      id: string;
      rubric_version_id: string;
    };
    const next = demoCountyCampaign(services, {
      name: '示例县2026',
      year: 2026,
      rubricVersionId: demo.rubric_version_id,
    });
    await removeCampaign(ctx, { id: demo.id });
    expect(count(services, 'campaigns')).toBe(1);
    expect(campaignOverview(ctx, { id: next }).branches).toBe(40);
    expect(count(services, 'rubric_versions')).toBe(1);
    services.close();
  });
});
