import type { WriteStream } from 'node:fs';
import type { ArchiveEntrySource } from '../files/zip-archive';
import { writeArchiveTo } from '../files/zip-archive';
import type { SheetSource } from './xlsx-sheet';
import { sheetXml } from './xlsx-sheet';
import { StyleTable } from './xlsx-styles';
import { xmlText } from './xml-text';

/**
 * A workbook of large, plainly laid-out tables (the exports for superiors), written as the
 * sheets are made: each sheet's XML goes through deflate to the file while the next rows are
 * produced, and the parts that depend on every sheet (styles, the workbook's sheet list) come
 * last. exceljs's streaming writer held a province's summary sheet's text in its buffers
 * (~150 MB); this holds one piece of about 16,000 characters.
 */
export interface XlsxBook {
  /** Shown as the file's author. */
  creator: string;
  /** Made one at a time, as the previous one has been written. */
  sheets: Iterable<SheetSource>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function bytes(text: string): { bytes: Buffer } {
  return { bytes: Buffer.from(XML_HEAD + text, 'utf8') };
}

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  );
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    overrides.join('') +
    '</Types>'
  );
}

function packageRels(): string {
  return (
    `<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    '</Relationships>'
  );
}

function coreProperties(creator: string, now: Date): string {
  const when = `${now.toISOString().slice(0, 19)}Z`;
  return (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

interface Written {
  name: string;
  printTitleRows?: readonly [number, number];
}

/** A sheet's name in a formula: quoted, its own quotes doubled. */
function quotedName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function workbookXml(sheets: readonly Written[]): string {
  const list = sheets.map(
    (s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const titles = sheets.flatMap((s, i) =>
    s.printTitleRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">` +
            xmlText(`${quotedName(s.name)}!$${s.printTitleRows[0]}:$${s.printTitleRows[1]}`) +
            '</definedName>',
        ]
      : [],
  );
  return (
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list.join('')}</sheets>` +
    (titles.length ? `<definedNames>${titles.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  return `<Relationships xmlns="${PACKAGE_REL}">${rels.join('')}</Relationships>`;
}

function* entries(book: XlsxBook, now: Date): Generator<ArchiveEntrySource> {
  const styles = new StyleTable();
  const written: Written[] = [];
  for (const sheet of book.sheets) {
    written.push({ name: sheet.name, printTitleRows: sheet.page?.printTitleRows });
    yield {
      name: `xl/worksheets/sheet${written.length}.xml`,
      from: { pieces: sheetXml(sheet, styles) },
    };
  }
  yield { name: 'xl/styles.xml', from: bytes(styles.xml()) };
  yield { name: 'xl/workbook.xml', from: bytes(workbookXml(written)) };
  yield { name: 'xl/_rels/workbook.xml.rels', from: bytes(workbookRels(written.length)) };
  yield { name: 'docProps/core.xml', from: bytes(coreProperties(book.creator, now)) };
  yield { name: '_rels/.rels', from: bytes(packageRels()) };
  yield { name: '[Content_Types].xml', from: bytes(contentTypes(written.length)) };
}

/** Writes `book` into `stream` as an .xlsx file and ends the stream. */
export function writeXlsxBook(
  stream: WriteStream,
  book: XlsxBook,
  now = new Date(),
): Promise<void> {
  return writeArchiveTo(stream, entries(book, now));
}
