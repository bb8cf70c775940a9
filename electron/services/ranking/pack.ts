import type { CompiledRubric, SheetValues } from '../../../shared/scoring';
import { emptySheet } from '../../../shared/scoring';
import type { Store } from '../../store/open';
import { listSheetScoreRows, updateSheetPacks } from './queries';

/**
 * A sheet's values as bytes: for each item in the rubric's order its points, then for each
 * item its fact, as little-endian 32-bit integers (MISSING = -1).
 */
export function packSheet(sheet: SheetValues): Buffer {
  const n = sheet.points.length;
  const bytes = Buffer.allocUnsafe(n * 8);
  for (let i = 0; i < n; i += 1) {
    bytes.writeInt32LE(sheet.points[i]!, i * 4);
    bytes.writeInt32LE(sheet.facts[i]!, (n + i) * 4);
  }
  return bytes;
}

/** The inverse of packSheet; null when the pack does not fit the rubric (then rows are read). */
export function unpackSheet(bytes: Uint8Array, itemCount: number): SheetValues | null {
  if (bytes.byteLength !== itemCount * 8) return null;
  // Copy into aligned arrays: a blob's offset inside its buffer need not be a multiple of 4.
  const all = new Int32Array(itemCount * 2);
  new Uint8Array(all.buffer).set(bytes);
  return { points: all.subarray(0, itemCount), facts: all.subarray(itemCount) };
}

/** Builds a sheet's values from its score rows (the truth), in the rubric's item order. */
export function readSheetRows(db: Store, sheetId: string, rubric: CompiledRubric): SheetValues {
  const sheet = emptySheet(rubric);
  for (const [code, points, fact] of listSheetScoreRows(db, sheetId)) {
    const i = rubric.itemIndex.get(code);
    if (i === undefined) continue; // an item the rubric version no longer has
    const type = rubric.items[i]!.type;
    if (type === 'veto' || type === 'gate') {
      if (fact !== null) {
        sheet.facts[i] = fact;
        sheet.points[i] = 0;
      }
    } else {
      sheet.points[i] = points;
    }
  }
  return sheet;
}

/** Rewrites the packs of these sheets from their score rows; call in the writing transaction. */
export function repackSheets(db: Store, sheetIds: Iterable<string>, rubric: CompiledRubric): void {
  const versionId = rubric.versionId;
  if (versionId === null) return;
  const packs = function* (): Generator<[Buffer, string, string]> {
    for (const id of sheetIds) yield [packSheet(readSheetRows(db, id, rubric)), versionId, id];
  };
  updateSheetPacks(db, packs());
}
