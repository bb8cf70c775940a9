import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { ApiErrorPayload } from '../../../shared/errors';
import type { TestFile } from '../support';
import {
  addSelfRound,
  call as callApi,
  failure as failureApi,
  takeFile,
  tempDir,
  testServices,
  withFileId,
} from '../support';

/** The files these tests pass around: a workbook's name and bytes. */
export type FilePayload = TestFile;

function isTestFile(value: unknown): value is TestFile {
  return typeof value === 'object' && value !== null && 'bytes' in value && 'fileName' in value;
}

/** An input as the method takes it: a `file` the test holds becomes a `fileId` main holds. */
async function asInput(services: AppServices, input: unknown): Promise<unknown> {
  if (typeof input === 'object' && input !== null && 'file' in input && isTestFile(input.file))
    return withFileId(services, input as { file: TestFile });
  return input;
}

/**
 * Calls through the registry with the file transport in between, as the app does: a workbook
 * the test sends is held by main first, and an exported one is read back through its
 * one-time link, so tests keep handling plain name-and-bytes files.
 */
export async function call<T>(services: AppServices, method: string, input: unknown): Promise<T> {
  const result = await callApi<unknown>(services, method, await asInput(services, input));
  if (method === 'scoreTemplates.export') {
    const out = result as OutgoingFile;
    return { fileName: out.fileName, bytes: await takeFile(services, out) } as T;
  }
  return result as T;
}

export async function failure(
  services: AppServices,
  method: string,
  input: unknown,
): Promise<ApiErrorPayload> {
  return failureApi(services, method, await asInput(services, input));
}

export interface Demo {
  services: AppServices;
  cleanup(): void;
  campaignId: string;
  /** The demo's county review. */
  roundId: string;
  /** A self round added to the demo: self-assessment workbooks are for it. */
  selfRoundId: string;
  evaluatorId: string;
  townshipId: string;
}

/** The demo campaign with its first evaluator assigned the first township of the round. */
export async function demo(): Promise<Demo> {
  const tmp = tempDir();
  const services = testServices(join(tmp.dir, 'templates.sqlite'));
  const db = services.ctx.db;
  const campaignId = (db.prepare('SELECT id FROM campaigns').get() as { id: string }).id;
  const roundId = (
    db.prepare('SELECT id FROM rounds WHERE campaign_id = ? ORDER BY seq').get(campaignId) as {
      id: string;
    }
  ).id;
  const evaluatorId = (
    db
      .prepare(
        `SELECT evaluator_id AS id FROM campaign_evaluators ce JOIN evaluators e ON e.id = ce.evaluator_id
          WHERE campaign_id = ? AND e.unit_id IS NULL OR e.unit_id NOT IN (SELECT id FROM org_units WHERE kind = 'township')
          ORDER BY e.name LIMIT 1`,
      )
      .get(campaignId) as { id: string }
  ).id;
  const townshipId = (
    db
      .prepare(
        `SELECT t.id FROM org_units t WHERE t.kind IN ('township', 'subdistrict')
            AND EXISTS (SELECT 1 FROM campaign_branches cb JOIN org_units b ON b.id = cb.branch_id
                         WHERE cb.campaign_id = ? AND b.parent_id = t.id)
          ORDER BY t.sort_order, t.name LIMIT 1`,
      )
      .get(campaignId) as { id: string }
  ).id;
  await call(services, 'assignments.assignTownship', {
    roundId,
    evaluatorId,
    townshipId,
    conflictReason: 'unit test',
  });
  const selfRoundId = await addSelfRound(services, campaignId);
  return {
    services,
    cleanup: () => {
      services.close();
      tmp.cleanup();
    },
    campaignId,
    roundId,
    selfRoundId,
    evaluatorId,
    townshipId,
  };
}

export async function loadWorkbook(file: FilePayload): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return wb;
}

export async function toPayload(
  wb: ExcelJS.Workbook,
  fileName = 'filled.xlsx',
): Promise<FilePayload> {
  return { fileName, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** The row of an item code in a per-branch sheet (column A holds the hidden codes). */
export function itemRow(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    if (ws.getCell(r, 1).value === code) return r;
  }
  throw new Error(`no row for ${code}`);
}

export function storedEntry(
  services: AppServices,
  sheetBranch: string,
  roundId: string,
  evaluatorId: string | null,
  item: string,
): unknown {
  const row = services.ctx.db
    .prepare(
      `SELECT sc.input FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
        WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS ? AND sc.item_code = ?`,
    )
    .get(roundId, sheetBranch, evaluatorId, item) as { input: string } | undefined;
  return row ? (JSON.parse(row.input) as unknown) : undefined;
}
