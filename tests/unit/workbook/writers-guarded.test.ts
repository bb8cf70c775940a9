import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('workbook serialisation', () => {
  it('happens only in electron/workbook/write.ts, where every text cell is guarded', () => {
    const serialising = sources(join(ROOT, 'electron'))
      .filter((file) =>
        /\.xlsx\.write(Buffer|File)?\(|WorkbookWriter\(|\.csv\.write/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(ROOT, file));
    expect(serialising).toEqual(['electron/workbook/write.ts']);
  });

  it('of our own sheet XML happens only in electron/workbook/xlsx-sheet.ts, which guards every text', () => {
    const writingCells = sources(join(ROOT, 'electron'))
      .filter((file) => /<is><t|t="str"|<sheetData/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(writingCells).toEqual(['electron/workbook/xlsx-sheet.ts']);
    const writer = readFileSync(join(ROOT, 'electron/workbook/xlsx-sheet.ts'), 'utf8');
    expect(writer).toMatch(/xmlText\(formulaSafe\(value\)\)/);
  });
});
