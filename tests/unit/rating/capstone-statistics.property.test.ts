import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportFile } from '../../../electron/services/exports/build';
import { listItems } from '../../../shared/domain/rubric';
import { branchDice, buildBranch, buildRubric, rubricShape } from '../scoring/arbitraries';
import { ALL_SHEETS, readWorkbook, sheet, valueAt } from '../exports/support';
import { tempDir } from '../support';
import { buildCampaign, identityOrder, storable } from './campaign-builder';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** Per-star rubrics whose first-listed relation star (any of them) is a capstone. */
const capstoneCase = rubricShape
  .map((shape) => ({
    ...shape,
    scheme: 'per-star' as const,
    relation: { star: shape.relation?.star ?? 0, relation: 'capstone' as const },
  }))
  .map(buildRubric)
  .map(storable)
  .chain((def) =>
    fc.tuple(
      fc.constant(def),
      fc.array(branchDice(listItems(def).length), { minLength: 1, maxLength: 10 }),
    ),
  )
  .map(([def, dice]) => ({
    def,
    branches: dice.map((d, i) => buildBranch(def, d, i, 'per-sheet')),
  }));

/** The column whose first header row reads `group` and second `header`; 0 when absent. */
function columnOf(ws: ExcelJS.Worksheet, group: string, header: string): number {
  for (let c = 1; c <= ws.columnCount; c += 1) {
    if (valueAt(ws, 3, c) === group && valueAt(ws, 4, c) === header) return c;
  }
  return 0;
}

function totalsRow(ws: ExcelJS.Worksheet): number {
  for (let r = 5; r <= ws.rowCount; r += 1) if (valueAt(ws, r, 1) === '合计') return r;
  throw new Error('no totals row');
}

describe('statistics sheet under a capstone rubric (fast-check, real workbook)', () => {
  it('counts as many capstone stars as top-level branches, for any scores and vetoes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(capstoneCase, async ({ def, branches }) => {
        run += 1;
        const built = await buildCampaign(
          tmp.dir,
          `capstone-${run}.sqlite`,
          def,
          branches,
          identityOrder(branches),
        );
        try {
          const file = join(tmp.dir, `capstone-${run}.xlsx`);
          const options = { ...ALL_SHEETS, sheets: ['statistics' as const] };
          await buildExportFile(built.services.ctx, built.campaignId, options, file);
          const ws = sheet(await readWorkbook(file), '统计表');
          const totals = totalsRow(ws);
          const scheme = def.scheme.kind === 'per-star' ? def.scheme : null;
          const capstone = def.dimensions.find((d) => d.code === scheme?.starRelation?.star)!;
          const top = def.dimensions.length;
          const starColumn = columnOf(ws, capstone.name, '实际');
          const topColumn = columnOf(ws, `${top}星`, '实际');
          expect(starColumn).toBeGreaterThan(0);
          const capstones = valueAt(ws, totals, starColumn);
          const topLevel = topColumn === 0 ? 0 : valueAt(ws, totals, topColumn);
          expect(capstones).toBe(topLevel);
        } finally {
          built.services.close();
        }
      }),
      { seed: 20_251_201, numRuns: 40 },
    );
  }, 240_000);
});
