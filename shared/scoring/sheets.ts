import type { CompiledRubric } from './compile';
import type { SheetValues } from './types';
import { MISSING } from './types';

/** An empty sheet: every item MISSING. */
export function emptySheet(rubric: CompiledRubric): SheetValues {
  return {
    points: new Int32Array(rubric.items.length).fill(MISSING),
    facts: new Int32Array(rubric.items.length).fill(MISSING),
  };
}

/**
 * One evaluator's sheet from entries by item code (points in hundredths; `fact` = veto raised
 * 1/0 or gate value). Unknown codes are refused: a typo must not silently drop a score.
 */
export function sheetFromEntries(
  rubric: CompiledRubric,
  entries: Record<string, { points?: number; fact?: number }>,
): SheetValues {
  const sheet = emptySheet(rubric);
  for (const [code, entry] of Object.entries(entries)) {
    const index = rubric.itemIndex.get(code);
    if (index === undefined) throw new Error(`Unknown item code ${code}`);
    const item = rubric.items[index]!;
    if (item.type === 'veto' || item.type === 'gate') {
      sheet.facts[index] = entry.fact ?? MISSING;
      sheet.points[index] = entry.fact === undefined ? MISSING : 0;
    } else {
      sheet.points[index] = entry.points ?? MISSING;
    }
  }
  return sheet;
}
