import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplatePreview } from '../../../shared/domain/views/score-templates';
import { SPREADSHEET_MAIN, mainPrefix, storedZip } from '../../../electron/workbook/unprefix';
import { expandedEntries } from '../../../electron/workbook/zip-guard';
import { allFeatures, exportRubricFile, importRubricFile } from '../rubric-files/support';
import type { Demo, FilePayload } from '../score-templates/helpers';
import { call, demo, itemRow, loadWorkbook, toPayload } from '../score-templates/helpers';

/**
 * Workbooks whose SpreadsheetML is written with a namespace prefix in EVERY part (workbook,
 * sheets, shared strings, styles), as .NET OpenXML writers do: each import path reads them as it
 * reads the same workbook written plainly. The prefixed copies are made here from the app's own
 * files, so the expected result is the plain file's.
 */

/** `<worksheet xmlns="…main">…<row>` → `<x:worksheet xmlns:x="…main">…<x:row>`, every xl/ part. */
function prefixEveryPart(bytes: Buffer): Buffer {
  return storedZip(
    expandedEntries(bytes).map(({ name, data }) => {
      const xml = data.toString('utf8');
      if (!/^xl\/.*\.xml$/.test(name) || !xml.includes(`xmlns="${SPREADSHEET_MAIN}"`))
        return { name, data };
      const prefixed = xml
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2')
        .replace(`xmlns="${SPREADSHEET_MAIN}"`, `xmlns:x="${SPREADSHEET_MAIN}"`);
      return { name, data: Buffer.from(prefixed, 'utf8') };
    }),
  );
}

async function plainExceljsFails(bytes: Buffer): Promise<boolean> {
  try {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return false;
  } catch {
    return true;
  }
}

describe('x:-prefixed SpreadsheetML', () => {
  it('a rubric workbook gives back the same rubric', async () => {
    const { name, definition } = allFeatures();
    const plain = await exportRubricFile(name, definition, 'xlsx');
    const bytes = prefixEveryPart(plain.bytes);
    // The copy really is prefixed, and exceljs alone cannot read it.
    const parts = expandedEntries(bytes);
    expect(parts.filter((p) => mainPrefix(p.name, p.data) === 'x').length).toBeGreaterThan(3);
    expect(await plainExceljsFails(bytes)).toBe(true);

    const back = await importRubricFile({ fileName: plain.fileName, bytes });
    expect(back.problems).toEqual([]);
    expect(back.definition).toStrictEqual(definition);
  });

  describe('a filled score template', () => {
    let d: Demo;
    beforeEach(async () => {
      d = await demo();
    });
    afterEach(() => d.cleanup());

    it('previews the same cells as the plain file', async () => {
      const exported = await call<FilePayload>(d.services, 'scoreTemplates.export', {
        roundId: d.selfRoundId,
        evaluatorId: null,
        townshipId: d.townshipId,
        layout: 'per-branch',
      });
      const wb = await loadWorkbook(exported);
      const ws = wb.worksheets.find((s) => s.state === 'visible' && s.name !== '填写说明')!;
      ws.getCell(itemRow(ws, 'S1.1.1'), 7).value = 8.5;
      ws.getCell(itemRow(ws, 'S1.1.3'), 7).value = '是';
      const plain = await toPayload(wb);
      const preview = (file: FilePayload) =>
        call<TemplatePreview>(d.services, 'scoreTemplates.preview', {
          campaignId: d.campaignId,
          file,
        });

      const expected = await preview(plain);
      expect(expected.cells.filter((c) => c.status === 'new')).toHaveLength(2);
      const bytes = prefixEveryPart(plain.bytes);
      expect(await plainExceljsFails(bytes)).toBe(true);
      const prefixed = await preview({ fileName: 'filled.xlsx', bytes });
      expect(prefixed.cells).toEqual(expected.cells);
    });
  });
});
