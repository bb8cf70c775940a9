import type { TestFile } from '../support';
import { call, failure, withFileId } from '../support';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect } from 'vitest';
import type {
  BranchImportPreview,
  BranchImportProblem,
  BranchImportResult,
} from '../../../shared/domain/views/branch-import';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';
import { tempDir, testServices } from '../support';

export const FIXTURE = '/work/shared/fixtures/branches-messy.xlsx';

export const readMessy = (): Buffer => readFileSync(FIXTURE);

export function payload(fileName: string, bytes: Buffer | string): TestFile {
  return { fileName, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes };
}

export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook with one sheet holding these rows from A1 (null leaves a cell empty). */
export async function sheetBytes(
  rows: (string | number | null)[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  edit?.(ws);
  return xlsxBytes(wb);
}

/** One services instance over a real SQLite file per test, with the demo campaign in it. */
export function useServices(): { services: () => AppServices; campaignId: () => string } {
  let tmp: ReturnType<typeof tempDir>;
  let services: AppServices;
  let campaignId: string;
  beforeEach(() => {
    tmp = tempDir();
    services = testServices(join(tmp.dir, 'import.sqlite'));
    campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  });
  afterEach(() => {
    services.close();
    tmp.cleanup();
  });
  return { services: () => services, campaignId: () => campaignId };
}

type WithFile = Record<string, unknown> & { file: TestFile };

/** Previews `file`, held by main as the user's choice (a fresh hold per call). */
export const preview = async (services: AppServices, input: WithFile) =>
  call<BranchImportPreview>(services, 'branchImport.preview', await withFileId(services, input));

export const apply = async (services: AppServices, input: WithFile) =>
  call<BranchImportResult>(services, 'branchImport.apply', await withFileId(services, input));

/** The refusal of an apply of `file`. */
export const applyFailure = async (services: AppServices, input: WithFile) =>
  failure(services, 'branchImport.apply', await withFileId(services, input));

/** Every problem code must have a sentence in both languages, with the same placeholders. */
export function expectTranslatable(problem: BranchImportProblem): void {
  const zh = (zhCN as { branchImport: { problems: Record<string, string> } }).branchImport.problems;
  const english = (en as { branchImport: { problems: Record<string, string> } }).branchImport
    .problems;
  expect(zh[problem.code], problem.code).toBeTypeOf('string');
  expect(english[problem.code], problem.code).toBeTypeOf('string');
  for (const key of Object.keys(problem.params ?? {})) {
    if (key === 'message') continue;
    expect(zh[problem.code], `${problem.code} uses {{${key}}}`).toContain(`{{${key}}}`);
  }
}

/** [code, cell] pairs of every row problem, in row order. */
export const cells = (p: BranchImportPreview): [string, string | undefined][] =>
  p.rows.flatMap((r) => r.problems.map((x) => [x.code, x.cell] as [string, string | undefined]));

export function tableRows(services: AppServices, sql: string, ...args: unknown[]): unknown[] {
  return services.ctx.db.prepare(sql).all(...args);
}

export { call, failure };
