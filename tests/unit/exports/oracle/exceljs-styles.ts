import type ExcelJS from 'exceljs';

/** The look of the exported tables: plain, bordered, as offices print them. */
export interface SheetFonts {
  name: string;
}

const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = {
  top: thin,
  left: thin,
  bottom: thin,
  right: thin,
};

export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};

export function titleFont(fonts: SheetFonts): Partial<ExcelJS.Font> {
  return { name: fonts.name, size: 16, bold: true };
}

export function bodyFont(fonts: SheetFonts, bold = false): Partial<ExcelJS.Font> {
  return { name: fonts.name, size: 10.5, bold };
}

export const CENTER: Partial<ExcelJS.Alignment> = {
  horizontal: 'center',
  vertical: 'middle',
  wrapText: true,
};
export const LEFT: Partial<ExcelJS.Alignment> = {
  horizontal: 'left',
  vertical: 'middle',
  wrapText: true,
};

export function numberFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** A4 landscape, fit to one page wide, header rows repeated, page numbers in the footer. */
export function pageSetup(lastHeaderRow: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `3:${lastHeaderRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
}
