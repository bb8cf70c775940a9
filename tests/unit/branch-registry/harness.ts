import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import type { ApiErrorPayload } from '../../../shared/errors';
import { call as callApi, failure as failureApi, tempDir, testServices } from '../support';

/** A fresh demo database per test, with helpers to call the registry and read rows back. */
export interface Harness {
  services: AppServices;
  campaignId: string;
  call<T>(method: string, input: unknown): Promise<T>;
  failure(method: string, input: unknown): Promise<ApiErrorPayload>;
  row<T>(sql: string, ...params: unknown[]): T;
  rows<T>(sql: string, ...params: unknown[]): T[];
  unitId(name: string): string;
  /** A demo branch with sheets in the campaign, and one that was never scored. */
  scoredBranch(): string;
  unscoredBranch(): string;
  auditOf(entityId: string): {
    action: string;
    before: string | null;
    after: string | null;
    reason: string | null;
    actor: string;
  }[];
  close(): void;
}

export function openHarness(): Harness {
  const tmp = tempDir();
  const services = testServices(join(tmp.dir, 'registry.sqlite'));
  const campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  const db = services.ctx.db;
  const row = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const rows = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  return {
    services,
    campaignId,
    call: <T>(method: string, input: unknown) => callApi<T>(services, method, input),
    failure: (method: string, input: unknown) => failureApi(services, method, input),
    row,
    rows,
    unitId: (name) => row<{ id: string }>('SELECT id FROM org_units WHERE name = ?', name).id,
    scoredBranch: () =>
      row<{ branch_id: string }>('SELECT branch_id FROM score_sheets ORDER BY id LIMIT 1')
        .branch_id,
    unscoredBranch: () =>
      row<{ id: string }>(
        `SELECT id FROM org_units WHERE kind = 'branch'
            AND id NOT IN (SELECT branch_id FROM score_sheets) ORDER BY name LIMIT 1`,
      ).id,
    auditOf: (entityId) =>
      rows(
        'SELECT action, before, after, reason, actor FROM audit_log WHERE entity_id = ? ORDER BY seq',
        entityId,
      ),
    close() {
      services.close();
      tmp.cleanup();
    },
  };
}

/** An audit column parsed, typed loosely enough for property checks. */
export function json(text: string | null): Record<string, unknown> {
  return text === null ? {} : (JSON.parse(text) as Record<string, unknown>);
}
