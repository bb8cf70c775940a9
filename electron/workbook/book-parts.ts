import { withoutFormulaGuard } from './safe-text';
import { PartProblem, prefixedAttr, xmlPass } from './xml-pass';
import { cleanText } from './xlsx-cells';

/**
 * What a workbook says about itself before any sheet is read: its sheets in tab order with
 * where each lives, the date system, the shared strings (already as the cells will read) and
 * which cell styles show a number as a date. Read from the expanded zip entries.
 */
export interface BookParts {
  sheets: { name: string; state: 'visible' | 'hidden' | 'veryHidden'; path: string }[];
  date1904: boolean;
  strings: string[];
  /** By cell style index (`s`): true when the style's number format is a date or time. */
  dateStyles: boolean[];
}

export type Parts = ReadonlyMap<string, Buffer>;

/** A part by its path in the zip; Excel's own names, but any case (some writers differ). */
export function partBytes(parts: Parts, path: string): Buffer | undefined {
  const exact = parts.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  for (const [name, data] of parts) if (name.toLowerCase() === lower) return data;
  return undefined;
}

/** `target` of a relationship, relative to the folder of the part that owns it. */
function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') out.pop();
    else if (step !== '.' && step !== '') out.push(step);
  }
  return out.join('/');
}

interface Relationship {
  type: string;
  path: string;
}

function relationships(parts: Parts, owner: string): Map<string, Relationship> {
  const slash = owner.lastIndexOf('/');
  const relsPath = `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  const xml = partBytes(parts, relsPath);
  if (!xml) return rels;
  xmlPass(relsPath, xml, {
    open(name, attr) {
      if (name !== 'Relationship' || !attr.Id || !attr.Target) return;
      if (attr.TargetMode === 'External') return;
      rels.set(attr.Id, { type: attr.Type ?? '', path: resolvePath(owner, attr.Target) });
    },
  });
  return rels;
}

const byType = (rels: Map<string, Relationship>, suffix: string): string | undefined =>
  [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;

/** Text runs joined; phonetic guides (`rPh`, furigana/pinyin over the text) left out. */
function readStrings(path: string, xml: Buffer | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let runs: string[] = [];
  let rich = false;
  let inText = false;
  let phonetic = 0;
  xmlPass(path, xml, {
    open(name) {
      if (name === 'si') [runs, rich] = [[], false];
      else if (name === 'r') rich = true;
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = phonetic === 0;
    },
    text(text) {
      if (inText) runs.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') strings.push(stringValue(runs, rich));
    },
  });
  return strings;
}

/**
 * A string cell's value as `readValue` gives it for exceljs's cells: `_xHHHH_` escapes
 * decoded, spaces cleaned; plain text loses our writers' formula guard, rich text does not.
 */
export function stringValue(runs: string[], rich: boolean): string {
  const text = runs
    .join('')
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return rich ? cleanText(text) : withoutFormulaGuard(cleanText(text));
}

/** Excel's built-in formats that show a date or a time (14–22, 45–47; CJK 27–36, 50–58). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function readDateStyles(path: string, xml: Buffer | undefined): boolean[] {
  const styles: boolean[] = [];
  if (!xml) return styles;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  xmlPass(path, xml, {
    open(name, attr) {
      if (name === 'numFmt' && attr.numFmtId)
        custom.set(Number(attr.numFmtId), attr.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

const STATES = new Set(['visible', 'hidden', 'veryHidden']);

export function readBookParts(parts: Parts): BookParts {
  const book = byType(relationships(parts, ''), '/officeDocument') ?? 'xl/workbook.xml';
  const xml = partBytes(parts, book);
  if (!xml) throw new PartProblem(`${book} is missing`);
  const rels = relationships(parts, book);
  const sheets: BookParts['sheets'] = [];
  let date1904 = false;
  xmlPass(book, xml, {
    open(name, attr) {
      if (name === 'workbookPr') date1904 = attr.date1904 === '1' || attr.date1904 === 'true';
      if (name !== 'sheet') return;
      const rel = rels.get(prefixedAttr(attr, 'id') ?? '');
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !rel.type.endsWith('/worksheet')) return;
      const state = STATES.has(attr.state ?? '') ? (attr.state as 'hidden') : 'visible';
      sheets.push({ name: attr.name ?? '', state, path: rel.path });
    },
  });
  const strings = byType(rels, '/sharedStrings') ?? resolvePath(book, 'sharedStrings.xml');
  const styles = byType(rels, '/styles') ?? resolvePath(book, 'styles.xml');
  return {
    sheets,
    date1904,
    strings: readStrings(strings, partBytes(parts, strings)),
    dateStyles: readDateStyles(styles, partBytes(parts, styles)),
  };
}
