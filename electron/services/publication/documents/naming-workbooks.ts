import ExcelJS from 'exceljs';
import type { T } from '../../../documents/docx';
import { workbookBytes } from '../../../workbook/write';
import type { NamedRow, NamingDocData } from './data';
import { publicationWords } from './words';

/** The two workbooks a naming produces: the 授牌 list and the 备案 table for the superior. */
export type NamingWorkbook = 'plaques' | 'filing';

const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };

interface Column {
  header: string;
  width: number;
  value: (row: NamedRow) => string | number;
}

function columns(t: T, kind: NamingWorkbook, data: NamingDocData): Column[] {
  const no: Column = { header: t('col.no'), width: 7, value: (r) => r.no };
  const branch: Column = { header: t('col.branch'), width: 26, value: (r) => r.name };
  const township: Column = { header: t('col.township'), width: 18, value: (r) => r.township };
  const level: Column = { header: t('col.level'), width: 12, value: (r) => r.levelText };
  if (kind === 'plaques')
    return [
      no,
      branch,
      township,
      level,
      {
        header: t('col.plaque'),
        width: 34,
        value: (r) => t('plaque', { year: data.year, level: r.levelText }),
      },
      { header: t('col.document'), width: 24, value: () => data.documentNumber },
      { header: t('col.signature'), width: 14, value: () => '' },
    ];
  return [
    no,
    branch,
    township,
    level,
    { header: t('col.by'), width: 12, value: (r) => t(`by.${r.by}`) },
    {
      header: t('col.notice'),
      width: 26,
      value: () => t('noticeSpan', { start: data.notice.startDay, end: data.notice.endDay }),
    },
    { header: t('col.objections'), width: 20, value: (r) => r.objections },
    {
      header: t('col.document'),
      width: 24,
      value: (r) => (r.by === 'county' ? data.documentNumber : t('by.pending')),
    },
    { header: t('col.namedOn'), width: 14, value: (r) => (r.by === 'county' ? data.namedOn : '') },
  ];
}

/**
 * The 授牌 list (only the branches the county named: they get their plaque) or the 备案 table
 * (every branch of the naming, with the basis: the notice period, what the objections came
 * to, the document), A4 landscape with the header repeated on every page.
 */
export async function namingWorkbook(kind: NamingWorkbook, data: NamingDocData): Promise<Buffer> {
  const { t } = publicationWords(data.language);
  const rows = kind === 'plaques' ? data.rows.filter((r) => r.by === 'county') : data.rows;
  const cols = columns(t, kind, data);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.operator;
  const sheet = workbook.addWorksheet(t(`sheet.${kind}`), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '3:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: t('sheetFooter', { operator: data.operator, version: data.appVersion }),
    },
  });
  sheet.columns = cols.map((c) => ({ width: c.width }));
  const font = data.language === 'en' ? 'Arial' : 'SimSun';
  sheet.mergeCells(1, 1, 1, cols.length);
  const title = sheet.getCell(1, 1);
  title.value = t(`title.${kind}`, { campaign: data.campaign });
  title.font = { name: font, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, cols.length);
  sheet.getCell(2, 1).value = t('unitLine', {
    unit: data.department,
    document: data.documentNumber,
    day: data.namedOn,
  });
  sheet.getCell(2, 1).font = { name: font, size: 10.5 };
  const header = sheet.getRow(3);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: font, size: 10.5, bold: true };
    cell.alignment = { ...WRAP, horizontal: 'center' };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  rows.forEach((r, index) => {
    const row = sheet.getRow(4 + index);
    cols.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(r);
      cell.font = { name: font, size: 10.5 };
      cell.alignment = i === 0 ? { ...WRAP, horizontal: 'center' } : WRAP;
      cell.border = BORDER;
    });
  });
  if (data.checkpoint) {
    const line = sheet.getRow(5 + rows.length);
    sheet.mergeCells(line.number, 1, line.number, cols.length);
    line.getCell(1).value = t('checkpoint', {
      fingerprint: data.checkpoint.fingerprint,
      version: data.checkpoint.version,
    });
    line.getCell(1).font = { name: font, size: 9 };
  }
  return workbookBytes(workbook);
}
