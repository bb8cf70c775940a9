import type { EntryValue } from '../../../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../../../shared/domain/entry';
import type { GridRow } from '../../../../shared/domain/views/grid';
import type { CompiledRubric, SheetPreviewResult } from '../../../../shared/scoring';
import { previewSheet } from '../../../../shared/scoring';
import type { Drafts } from './useGridEditor';
import { cellKey } from './useGridEditor';

/** The values a row shows: stored ones, overridden by valid drafts (an empty draft clears). */
export function effectiveValues(
  rubric: CompiledRubric,
  row: GridRow,
  drafts: Drafts,
): Record<string, EntryValue> {
  const out: Record<string, EntryValue> = { ...row.values };
  for (const item of rubric.items) {
    const draft = drafts[cellKey(row.branchId, item.code)];
    if (!draft || 'problem' in draft.reading) continue;
    if (draft.reading.kind === 'empty') delete out[item.code];
    else out[item.code] = draft.reading.value;
  }
  return out;
}

/** What the shared engine makes of one row alone, as the score sheet's preview does. */
export function rowResult(
  rubric: CompiledRubric,
  row: GridRow,
  values: Record<string, EntryValue>,
): SheetPreviewResult {
  const entries: Record<string, { points?: number; fact?: number }> = {};
  for (const item of rubric.items) {
    const value = values[item.code];
    if (!value) continue;
    const result = resolveEntry(item, value);
    if (isEntryProblem(result)) continue;
    entries[item.code] =
      result.fact === null
        ? { points: result.points }
        : { points: result.points, fact: result.fact };
  }
  return previewSheet(rubric, row.branchId, entries);
}
