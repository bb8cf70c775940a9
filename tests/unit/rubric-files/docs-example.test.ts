import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importRubricFile, workbookPayload } from './support';

const doc = readFileSync(
  fileURLToPath(new URL('../../../docs/rubric-format.md', import.meta.url)),
  'utf8',
);

/** The Markdown tables of a section, as rows of cells (header and divider dropped). */
function tables(section: string): string[][][] {
  const start = doc.indexOf(section);
  const end = doc.indexOf('\n### ', start + 1);
  const lines = doc.slice(start, end).split('\n');
  const found: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    if (!current) found.push((current = [cells]));
    else if (!cells.every((c) => /^-+$/.test(c))) current.push(cells);
  }
  return found;
}

describe('the worked example in docs/rubric-format.md', () => {
  it('imports without a problem, as the document says', async () => {
    const [rubric, scheme] = tables('### 5. 示例');
    expect(rubric?.length).toBeGreaterThan(5);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标体系');
    for (const row of rubric ?? []) ws.addRow(row);
    const rules = wb.addWorksheet('评定规则');
    for (const row of scheme ?? []) rules.addRow(row);
    const result = await importRubricFile(await workbookPayload(wb, '示例.xlsx'));
    expect(result.problems).toEqual([]);
    const items = result.definition?.dimensions[0]?.indicators[0]?.items ?? [];
    expect(items.map((i) => i.type)).toEqual([
      'points',
      'choice',
      'deduction',
      'check',
      'bonus',
      'veto',
      'gate',
    ]);
    expect(items[6]?.gate).toEqual({ effect: 'cap-level', level: 5, min: 9000 });
    expect(result.definition?.scheme).toEqual({
      kind: 'per-star',
      starRelation: { star: 'S1', relation: 'capstone' },
    });
  });
});
