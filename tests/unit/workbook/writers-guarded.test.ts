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
});
