import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ApiCall, Qingshan } from '../fixtures/qingshan-county';
import { seedQingshan } from '../fixtures/qingshan-county';
import type { ServedApp } from './fixtures';

/** Calls the served API as the page's bridge would (Bearer token), answering the data. */
export function servedCall(page: Page, app: ServedApp): ApiCall {
  const origin = new URL(app.url).origin;
  const token = new URL(app.url).searchParams.get('token') ?? '';
  return async <T>(method: string, input: unknown): Promise<T> => {
    const response = await page.request.post(`${origin}/api/${method}`, {
      data: input,
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
    return body.data;
  };
}

/**
 * 青山县 (tests/fixtures/qingshan-county.ts) entered through the served API. A county has no
 * screen of its own yet: its row is written straight into the served file.
 */
export async function seedServedQingshan(page: Page, app: ServedApp): Promise<Qingshan> {
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
  return seedQingshan(servedCall(page, app), countyId);
}
