import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FileKind } from '../../shared/domain/views/files';
import type { EntryValue } from '../../shared/domain/entry';
import type { RubricItem } from '../../shared/domain/rubric';
import type { ApiErrorPayload } from '../../shared/errors';
import type { Result } from '../../shared/result';
import type { AppServices } from '../../electron/services/app';
import { startServices } from '../../electron/services/app';
import {
  insertCampaignWithRounds,
  listCampaignSummaries,
} from '../../electron/services/campaigns/service';
import { rubricById } from '../../electron/services/rubrics/service';
import type { CompiledRubric } from '../../shared/scoring';
import { compileRubric } from '../../shared/scoring';
import type { CampaignSummary } from '../../shared/domain/views';

/** A fresh folder per test, removed afterwards. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-unit-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Deterministic ids: 00000000-0000-4000-8000-000000000001, …002, … */
export function sequentialIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  };
}

export const FIXED_NOW = '2025-11-20T08:00:00.000Z';

/** Services over a real SQLite file with a fixed clock and id sequence. */
export function testServices(dbFile: string, seedDemo = true): AppServices {
  return startServices({
    dbFile,
    host: 'test',
    version: '0.0.0-test',
    seedDemo,
    actor: 'tester',
    now: () => FIXED_NOW,
    newId: sequentialIds(),
  });
}

/** The demo campaign and its rubric version, compiled as the ranking service compiles it. */
export function demoCampaign(services: AppServices): {
  campaign: CampaignSummary;
  rubric: CompiledRubric;
} {
  const campaign = listCampaignSummaries(services.ctx)[0]!;
  const view = rubricById(services.ctx, { id: campaign.rubricVersionId });
  return { campaign, rubric: compileRubric(view.definition, view.id) };
}

/**
 * Another campaign over the demo's county and its 40 branches (another year of the tour, a
 * second template to try). It is demo data too: the demo and real data never mix, so no real
 * campaign can be made there, and the contract has no way to make a demo one.
 */
export function demoCountyCampaign(
  services: AppServices,
  input: { name: string; year: number; rubricVersionId: string },
): string {
  const county = services.ctx.db
    .prepare("SELECT id FROM org_units WHERE kind = 'county' AND is_demo = 1")
    .get() as { id: string };
  return insertCampaignWithRounds(services.ctx, {
    ...input,
    countyId: county.id,
    isDemo: true,
    branchTypes: ['rural', 'community', 'other'],
  });
}

export function count(services: AppServices, table: string): number {
  return (services.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Calls through the registry (input validation included) and unwraps the envelope. */
export async function call<T>(services: AppServices, method: string, input: unknown): Promise<T> {
  const result = (await services.registry.call(method, input)) as Result<T>;
  if (!result.ok) {
    // The payload rides along so a test can look at a failure it did not expect.
    throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), {
      payload: result.error,
    });
  }
  return result.data;
}

/** The error payload of a call that must fail. */
export async function failure(
  services: AppServices,
  method: string,
  input: unknown,
): Promise<ApiErrorPayload> {
  const result = await services.registry.call(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

/** Full marks for an item, in the entry form its type takes. */
export function fullMarks(item: RubricItem): { item: string; value: EntryValue } {
  const value: EntryValue =
    item.type === 'points'
      ? { points: item.max }
      : item.type === 'deduction'
        ? { findings: 0 }
        : item.type === 'choice'
          ? { option: item.options![0]!.key }
          : item.type === 'veto'
            ? { triggered: false }
            : { met: true };
  return { item: item.code, value };
}

/** A file as a test hands it over: its name and its bytes. */
export interface TestFile {
  fileName: string;
  bytes: Buffer;
}

let chosen = 0;

/**
 * Has main hold a file the user "chose", as Electron's open dialog does: the bytes are written
 * to a file in the test's folder under their name, and the id a method takes is returned.
 * (The browser's streamed upload is tested through the web host, in tests/unit/transport.)
 */
export async function holdFile(
  services: AppServices,
  file: TestFile,
  kind: FileKind = 'import',
): Promise<string> {
  chosen += 1;
  const dir = join(dirname(services.ctx.info.dataFile), `chosen-${chosen}`);
  mkdirSync(dir, { recursive: true });
  const name = file.fileName.split(/[\\/]/).pop() || 'file';
  const path = join(dir, name);
  writeFileSync(path, file.bytes);
  return (await services.ctx.files.inbox.holdLocal(path, kind)).id;
}

/** An input carrying `file` as a method takes it: `fileId`, the file held by main. */
export async function withFileId<T extends { file: TestFile }>(
  services: AppServices,
  input: T,
  kind: FileKind = 'import',
): Promise<Omit<T, 'file'> & { fileId: string }> {
  const { file, ...rest } = input;
  return { ...rest, fileId: await holdFile(services, file, kind) };
}

/** The bytes behind a one-time link main handed out, as a download reads them. */
export async function takeFile(services: AppServices, link: { id: string }): Promise<Buffer> {
  const taken = services.ctx.files.outbox.take(link.id);
  if (!taken) throw new Error(`link ${link.id} was used or has expired`);
  const chunks: Buffer[] = [];
  for await (const chunk of taken.stream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Adds a self-assessment round to a campaign: self sheets (evaluator null) exist only in one.
 * Not the deciding round; answers its id.
 */
export async function addSelfRound(
  services: AppServices,
  campaignId: string,
  name = '支部自评',
): Promise<string> {
  return (await call<{ id: string }>(services, 'rounds.create', { campaignId, kind: 'self', name }))
    .id;
}

/** Runs the built CLI (`bin/xingping.js`) in a child process with the terminal's language. */
export function runBuiltCli(
  args: string[],
  lang = 'zh_CN.UTF-8',
): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [resolve('bin/xingping.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
