import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ApiCall, Qingshan } from '../../fixtures/qingshan-county';
import { seedQingshan } from '../../fixtures/qingshan-county';
import type { ServedApp } from '../fixtures';

/**
 * 青山县 (tests/fixtures/qingshan-county.ts) entered through the served API: the ranking's and
 * the committee meeting's browser tests start from it.
 */
export async function seedServedQingshan(page: Page, app: ServedApp): Promise<Qingshan> {
  // A county has no screen of its own yet: it is written straight into the served file.
  const countyId = randomUUID();
  const db = new Database(app.dbFile);
  try {
    db.prepare(
      `INSERT INTO org_units (id, parent_id, kind, branch_type, name, sort_order, is_demo, created_at)
       VALUES (?, NULL, 'county', NULL, '青山县', 1, 0, '2025-11-20T08:00:00.000Z')`,
    ).run(countyId);
  } finally {
    db.close();
  }
  const origin = new URL(app.url).origin;
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const call: ApiCall = async <T>(method: string, input: unknown): Promise<T> => {
    const response = await page.request.post(`${origin}/api/${method}`, {
      data: input,
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
    return body.data;
  };
  return seedQingshan(call, countyId);
}
