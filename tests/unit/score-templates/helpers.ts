import { call, failure } from '../support';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import type { FilePayload } from '../../../shared/domain/views';
import { addSelfRound, tempDir, testServices } from '../support';

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
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

export async function toPayload(
  wb: ExcelJS.Workbook,
  fileName = 'filled.xlsx',
): Promise<FilePayload> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName, contentBase64: bytes.toString('base64') };
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

export { call, failure };
