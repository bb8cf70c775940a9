import type { CompiledRubric, SheetValues } from '../../../shared/scoring';
import { emptySheet } from '../../../shared/scoring';
import type { Store } from '../../store/open';
import { listSheetScoreRows, updateSheetPacks } from './queries';

/** A pack holds two 32-bit integers per rubric item. */
export const PACK_BYTES_PER_ITEM = 8;

/**
 * A sheet's values as bytes: for each item in the rubric's order its points, then for each
 * item its fact, as little-endian 32-bit integers (MISSING = -1).
 */
export function packSheet(sheet: SheetValues): Buffer {
  const n = sheet.points.length;
  const bytes = Buffer.allocUnsafe(n * PACK_BYTES_PER_ITEM);
  for (let i = 0; i < n; i += 1) {
    bytes.writeInt32LE(sheet.points[i]!, i * 4);
    bytes.writeInt32LE(sheet.facts[i]!, (n + i) * 4);
  }
  return bytes;
}

// Packs are little-endian; a view reads the platform's order, so views are used only where
// the two agree (every machine the app ships for), and anywhere else the bytes are decoded.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The inverse of packSheet; null when the pack does not fit the rubric (then rows are read). */
export function unpackSheet(bytes: Uint8Array, itemCount: number): SheetValues | null {
  if (itemCount === 0 || bytes.byteLength !== itemCount * PACK_BYTES_PER_ITEM) return null;
  return unpackSheets(bytes, itemCount)[0]!;
}

/**
 * Packs laid end to end (one branch's sheets, as the ranking reads them) back into values.
 * Packs that start on 4-byte boundaries (what better-sqlite3 hands out) are viewed in place,
 * not copied: a province's ranking unpacks 138,000 sheets, and every copy was one more buffer
 * for the garbage collector.
 */
export function unpackSheets(bytes: Uint8Array, itemCount: number): SheetValues[] {
  const size = itemCount * PACK_BYTES_PER_ITEM;
  if (size === 0 || bytes.byteLength % size !== 0)
    throw new Error(`Sheet packs of ${bytes.byteLength} bytes do not fit ${itemCount} items`);
  const sheets: SheetValues[] = [];
  const inPlace = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
  for (let start = 0; start < bytes.byteLength; start += size) {
    if (inPlace) {
      const at = bytes.byteOffset + start;
      sheets.push({
        points: new Int32Array(bytes.buffer, at, itemCount),
        facts: new Int32Array(bytes.buffer, at + itemCount * 4, itemCount),
      });
      continue;
    }
    const all = new Int32Array(itemCount * 2);
    const view = new DataView(bytes.buffer, bytes.byteOffset + start, size);
    for (let i = 0; i < all.length; i += 1) all[i] = view.getInt32(i * 4, true);
    sheets.push({ points: all.subarray(0, itemCount), facts: all.subarray(itemCount) });
  }
  return sheets;
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
