import { storedZip } from '../../../electron/workbook/unprefix';

/**
 * A workbook written by hand, part by part: for shapes exceljs never writes (cells without
 * `r`, prefixed namespaces, phonetic runs, hidden sheets) and for big lists made in an instant.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  name: string;
  /** The worksheet's XML inside `<worksheet>`: `<sheetData>…</sheetData>` and what follows. */
  body: string;
  state?: 'hidden' | 'veryHidden';
}

export interface HandBook {
  sheets: HandSheet[];
  /** `<si>` elements of the shared strings part, if any. */
  strings?: string[];
  /** `<numFmts>` and `<cellXfs>` of the styles part, if any. */
  styles?: string;
  date1904?: boolean;
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${s}`, 'utf8');
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

export function handMadeXlsx(book: HandBook): Buffer {
  const rels = book.sheets.map((_, i) =>
    rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`),
  );
  if (book.strings) rels.push(rel('rIdS', 'sharedStrings', 'sharedStrings.xml'));
  if (book.styles) rels.push(rel('rIdY', 'styles', 'styles.xml'));
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`,
    )
    .join('');
  const parts = [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${PKG}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
          (book.date1904 ? '<workbookPr date1904="1"/>' : '') +
          `<sheets>${sheets}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(`<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`),
    },
    ...book.sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: xml(`<worksheet xmlns="${MAIN}">${s.body}</worksheet>`),
    })),
  ];
  if (book.strings)
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: xml(`<sst xmlns="${MAIN}">${book.strings.join('')}</sst>`),
    });
  if (book.styles)
    parts.push({
      name: 'xl/styles.xml',
      data: xml(`<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`),
    });
  return storedZip(parts);
}

/**
 * `rows` × `columns` distinct fractional numbers, cells without addresses: the most values the
 * import's 20 MB of sheet XML can hold, so reading it needs tens of MB of heap whatever the reader.
 */
export function wideNumberList(rows: number, columns: number): Buffer {
  const lines: string[] = [];
  for (let r = 1; r <= rows; r += 1) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c += 1) cells.push(`<c><v>${r * 1000 + c + 0.5}</v></c>`);
    lines.push(`<row>${cells.join('')}</row>`);
  }
  return handMadeXlsx({
    sheets: [{ name: '名册', body: `<sheetData>${lines.join('')}</sheetData>` }],
  });
}

const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

/** A branch list of `rows` villages under 300 townships, every text inline: made in an instant. */
export function longBranchList(rows: number): Buffer {
  const lines = [`<row>${['乡镇', '村(社区)名称', '类型'].map(inline).join('')}</row>`];
  for (let i = 0; i < rows; i += 1)
    lines.push(`<row>${[`云溪镇${i % 300}`, `石门村${i}`, '村'].map(inline).join('')}</row>`);
  return handMadeXlsx({
    sheets: [{ name: '名册', body: `<sheetData>${lines.join('')}</sheetData>` }],
  });
}
