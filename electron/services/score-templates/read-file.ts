import { readFile } from 'node:fs/promises';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { ApiErrorPayload } from '../../../shared/errors';
import { AppError } from '../../../shared/errors';
import type { Report } from '../../jobs/task';
import { readText } from '../../workbook/xlsx-cells';
import type { Parsed } from './cell-parse';
import { parseCell } from './cell-parse';
import { locateCells, openWorkbook, readMeta } from './read-workbook';
import type { TemplateMeta } from './structure';

/** One value cell as it crosses from the worker: where it is, what it parsed to, what it shows. */
export interface LocatedCell {
  sheet: string;
  address: string;
  branchId: string;
  itemCode: string;
  parsed: Parsed;
  /** What the cell shows, for a value that could not be read (empty otherwise). */
  shown: string;
}

/**
 * The workbook as read. `cells` is null when its items are not the campaign's (main says
 * which check failed first); `problem` holds a structure refusal that main raises only after
 * its own checks of campaign, round, evaluator and branches, in the order users expect.
 */
export interface TemplateRead {
  meta: TemplateMeta;
  cells: LocatedCell[] | null;
  problem: ApiErrorPayload | null;
}

/** What the cell shows, for the preview; never throws (merged followers, odd values). */
function shownText(cell: Parameters<typeof readText>[0]): string {
  try {
    return readText(cell);
  } catch {
    return '';
  }
}

/** Reads a filled-in template (in a worker, see tasks.ts) into the cells main checks and stores. */
export async function readTemplateWorkbook(
  input: { path: string; fileName: string; items: RubricItem[] },
  report: Report,
): Promise<TemplateRead> {
  const { fileName, items } = input;
  report('read', 0, 1);
  const bytes = await readFile(input.path);
  report('parse', 0, null);
  const wb = await openWorkbook(bytes, fileName);
  const meta = readMeta(wb, fileName);
  if (meta.items.join(',') !== items.map((item) => item.code).join(','))
    return { meta, cells: null, problem: null };
  let located;
  try {
    located = locateCells(wb, meta, items, fileName);
  } catch (error) {
    if (error instanceof AppError) return { meta, cells: null, problem: error.toPayload() };
    throw error;
  }
  report('rows', 0, located.length);
  const cells = located.map((c): LocatedCell => {
    const parsed = parseCell(c.item, c.cell, c.reasonCell, meta.language);
    return {
      sheet: c.sheet,
      address: c.address,
      branchId: c.branch.branchId,
      itemCode: c.item.code,
      parsed,
      shown: parsed !== null && 'problem' in parsed ? shownText(c.cell) : '',
    };
  });
  report('rows', cells.length, cells.length);
  return { meta, cells, problem: null };
}
