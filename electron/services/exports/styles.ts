import type { PageLayout } from '../../workbook/xlsx-sheet';
import type { AlignmentStyle, FontStyle } from '../../workbook/xlsx-styles';

/** The look of the exported tables: plain, bordered, as offices print them. */
export interface SheetFonts {
  name: string;
}

export const HEADER_FILL = 'FFF2F2F2';

export function titleFont(fonts: SheetFonts): FontStyle {
  return { name: fonts.name, size: 16, bold: true };
}

export function bodyFont(fonts: SheetFonts, bold = false): FontStyle {
  return { name: fonts.name, size: 10.5, bold };
}

export const CENTER: AlignmentStyle = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const LEFT: AlignmentStyle = { horizontal: 'left', vertical: 'middle', wrapText: true };

export function numberFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** A4 landscape, fit to one page wide, header rows repeated, page numbers in the footer. */
export function pageLayout(lastHeaderRow: number): PageLayout {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitleRows: [3, lastHeaderRow],
  };
}
