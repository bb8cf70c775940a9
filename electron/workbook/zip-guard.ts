import { inflateRawSync } from 'node:zlib';
import type { ZipEntryBytes } from './unprefix';
import { mainPrefix } from './unprefix';

/**
 * Checks an .xlsx file before exceljs expands it. exceljs (JSZip) inflates every entry in
 * memory and only then compares sizes, so a small zip bomb would exhaust memory first. We read
 * the central directory ourselves, refuse a declared total over the limit, then inflate each
 * entry with a hard output cap so a lying header cannot expand past what it declared.
 *
 * The parts exceljs parses (sheets, shared strings, styles: XML) cost many times their size to
 * read, so they have a tight cap. Pictures pasted into a list (`xl/media/…`) are only kept as
 * bytes; they may take most of an import's 100 MB, so they are counted apart.
 */
// 20 MB of sheet XML cost exceljs about 430 MB and 6 s on the 2-core reference machine, 50 MB
// about 780 MB and 13 s (docs/reliability.md); a county's largest real file is a few MB.
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;
export const MAX_MEDIA_BYTES = 200 * 1024 * 1024;

const MEDIA = /^xl\/media\/|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|webp)$/i;

/** A workbook's sheets may merge at most this many ranges in all (see reliability.md). */
export const MAX_MERGED_RANGES = 5_000;

/**
 * Why a file cannot be read as .xlsx, decided before exceljs sees it: a format that is not
 * .xlsx at all (old .xls, .xlsb, an OpenDocument or UTF-16 text file renamed .xlsx, a
 * password-protected workbook), a damaged zip, a bomb, XML with a DOCTYPE (entity
 * expansion, external entities: Excel never writes one), or more merged ranges than exceljs
 * reads in reasonable time.
 */
export type ZipProblem =
  | 'not-xlsx'
  | 'xlsx-damaged'
  | 'zip-too-large'
  | 'xlsb'
  | 'encrypted'
  | 'ods'
  | 'utf16-text'
  | 'unsafe-xml'
  | 'too-complex';

/**
 * `prefixed`: a SpreadsheetML part binds its namespace to a prefix (`<x:worksheet>`), which
 * exceljs cannot read; `loadWorkbook` rewrites it first (unprefix.ts).
 */
export type ZipVerdict = { ok: true; prefixed: boolean } | { ok: false; code: ZipProblem };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_END_SIG = 0x06064b50;
const FULL32 = 0xffffffff;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

class Damaged extends Error {}

function need(cond: boolean): asserts cond {
  if (!cond) throw new Damaged('zip structure');
}

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === END_SIG) return i;
  }
  return -1;
}

function readU64(buf: Buffer, at: number): number {
  need(at + 8 <= buf.length);
  const n = buf.readBigUInt64LE(at);
  need(n <= BigInt(Number.MAX_SAFE_INTEGER));
  return Number(n);
}

function directory(buf: Buffer, end: number): { count: number; offset: number; size: number } {
  let count = buf.readUInt16LE(end + 10);
  let size = buf.readUInt32LE(end + 12);
  let offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || size === FULL32 || offset === FULL32) {
    const locator = end - 20;
    need(locator >= 0 && buf.readUInt32LE(locator) === ZIP64_LOCATOR_SIG);
    const zip64End = readU64(buf, locator + 8);
    need(zip64End + 56 <= buf.length && buf.readUInt32LE(zip64End) === ZIP64_END_SIG);
    count = readU64(buf, zip64End + 32);
    size = readU64(buf, zip64End + 40);
    offset = readU64(buf, zip64End + 48);
  }
  need(offset + size <= buf.length);
  return { count, offset, size };
}

/** Sizes marked 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function zip64Sizes(buf: Buffer, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const value = readU64(buf, q);
        q += 8;
        return value;
      };
      if (entry.size === FULL32) entry.size = next();
      if (entry.compressed === FULL32) entry.compressed = next();
      if (entry.localOffset === FULL32) entry.localOffset = next();
      return;
    }
    p += 4 + len;
  }
  throw new Damaged('zip64 sizes missing');
}

function entries(buf: Buffer): Entry[] {
  const end = findEnd(buf);
  need(end >= 0);
  const dir = directory(buf, end);
  const out: Entry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.count; i += 1) {
    need(p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL_SIG);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const entry: Entry = {
      name: buf.toString('utf8', p + 46, Math.min(buf.length, p + 46 + nameLen)),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if ([entry.size, entry.compressed, entry.localOffset].includes(FULL32))
      zip64Sizes(buf, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    out.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Inflates one entry with its declared size as the ceiling; null when it expands past it. */
function expandAsDeclared(buf: Buffer, e: Entry): Buffer | null {
  need(e.localOffset + 30 <= buf.length && buf.readUInt32LE(e.localOffset) === LOCAL_SIG);
  const start =
    e.localOffset +
    30 +
    buf.readUInt16LE(e.localOffset + 26) +
    buf.readUInt16LE(e.localOffset + 28);
  need(start + e.compressed <= buf.length);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) {
    need(e.compressed === e.size);
    return data;
  }
  need(e.method === 8);
  try {
    // One output chunk of the declared size: Node would otherwise join 16 KB chunks.
    const size = Math.max(64, e.size);
    const out = inflateRawSync(data, { maxOutputLength: size, chunkSize: size });
    need(out.length === e.size);
    return out;
  } catch (err) {
    if (err instanceof RangeError) return null;
    if (err instanceof Damaged) throw err;
    throw new Damaged('inflate');
  }
}

/** An OLE file (old .xls, or any Office file with a password) that holds EncryptedPackage. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** What a zip holds when it is not an .xlsx: OpenDocument, or Excel's binary workbook. */
function otherZipFormat(names: string[]): ZipProblem | null {
  if (names.includes('mimetype') || names.includes('META-INF/manifest.xml')) return 'ods';
  if (names.includes('xl/workbook.bin')) return 'xlsb';
  return null;
}

const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;
const MERGE_CELL = Buffer.from('mergeCell');

const isWordByte = (b: number | undefined): boolean =>
  b !== undefined &&
  ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f);

/** `<mergeCell` or `<x:mergeCell` with its name at `at`; not `<mergeCells`, not `</mergeCell`. */
function isMergeTag(xml: Buffer, at: number): boolean {
  if (isWordByte(xml[at + MERGE_CELL.length])) return false;
  let p = at - 1;
  if (xml[p] === 0x3a) {
    const colon = p;
    while (p > 0 && isWordByte(xml[p - 1])) p -= 1;
    if (p === colon) return false;
    p -= 1;
  }
  return xml[p] === 0x3c;
}

function countMerges(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf(MERGE_CELL); at >= 0; at = xml.indexOf(MERGE_CELL, at + 1))
    if (isMergeTag(xml, at)) count += 1;
  return count;
}

/**
 * The XML parts' own risks: a DOCTYPE or entity, and merged ranges counted. Searched in the
 * bytes: turning a 10 MB sheet into a string only to search it cost more than the search.
 */
function xmlProblems(name: string, xml: Buffer, merges: { count: number }): ZipProblem | null {
  if (!/\.(xml|rels|vml)$/i.test(name)) return null;
  // Declarations come before the root element; Excel writes none at all.
  const head = xml.toString('latin1', 0, Math.min(xml.length, 4096));
  if (DOCTYPE.test(head) || (xml.includes('<!') && DOCTYPE.test(xml.toString('latin1'))))
    return 'unsafe-xml';
  if (/^xl\/worksheets\//.test(name)) merges.count += countMerges(xml);
  return merges.count > MAX_MERGED_RANGES ? 'too-complex' : null;
}

/** Every entry of a zip `checkXlsxBytes` passed, expanded (for the rare rewrite). */
export function expandedEntries(buf: Buffer): ZipEntryBytes[] {
  return entries(buf).map((e) => {
    const data = expandAsDeclared(buf, e);
    if (!data) throw new Damaged('expanded past its declared size');
    return { name: e.name, data };
  });
}

/** `checkXlsxBytes`, keeping what it expanded when `keep`: the entries of a file that passed. */
function inspect(buf: Buffer, keep: boolean): ZipVerdict & { entries?: ZipEntryBytes[] } {
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC))
    return { ok: false, code: buf.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'not-xlsx' };
  // Excel's "Unicode text" export: UTF-16 with a byte-order mark.
  if (
    buf.length >= 2 &&
    ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
  )
    return { ok: false, code: 'utf16-text' };
  if (buf.length < 4 || buf.readUInt32LE(0) !== LOCAL_SIG) return { ok: false, code: 'not-xlsx' };
  try {
    const list = entries(buf);
    const other = otherZipFormat(list.map((e) => e.name));
    if (other) return { ok: false, code: other };
    const media = list.filter((e) => MEDIA.test(e.name));
    const parsed = list.filter((e) => !MEDIA.test(e.name));
    const total = (some: Entry[]) => some.reduce((sum, e) => sum + e.size, 0);
    if (total(parsed) > MAX_UNZIPPED_BYTES || total(media) > MAX_MEDIA_BYTES)
      return { ok: false, code: 'zip-too-large' };
    const merges = { count: 0 };
    let prefixed = false;
    const kept: ZipEntryBytes[] = [];
    for (const e of list) {
      const data = expandAsDeclared(buf, e);
      if (!data) return { ok: false, code: 'zip-too-large' };
      if (keep) kept.push({ name: e.name, data });
      const problem = MEDIA.test(e.name) ? null : xmlProblems(e.name, data, merges);
      if (problem) return { ok: false, code: problem };
      if (!prefixed && !MEDIA.test(e.name)) prefixed = mainPrefix(e.name, data) !== null;
    }
    return keep ? { ok: true, prefixed, entries: kept } : { ok: true, prefixed };
  } catch (err) {
    if (err instanceof Damaged || err instanceof RangeError)
      return { ok: false, code: 'xlsx-damaged' };
    throw err;
  }
}

export function checkXlsxBytes(buf: Buffer): ZipVerdict {
  const { entries: _, ...verdict } = inspect(buf, false);
  return verdict;
}

/** The guard's verdict and, for a file that passed, its entries expanded (inflated once). */
export function openXlsx(
  buf: Buffer,
): { ok: true; prefixed: boolean; entries: ZipEntryBytes[] } | { ok: false; code: ZipProblem } {
  const verdict = inspect(buf, true);
  return verdict.ok ? { ...verdict, entries: verdict.entries ?? [] } : verdict;
}
