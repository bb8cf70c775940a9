import { xmlText } from './xml-text';

/**
 * The cell looks our streamed tables use, and the workbook's `styles.xml` built from them. Only
 * what the exports need: a font, thin black borders, a solid fill, alignment, a number format.
 */
export interface FontStyle {
  name: string;
  size: number;
  bold?: boolean;
}

export interface AlignmentStyle {
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrapText?: boolean;
}

export interface CellStyle {
  font?: FontStyle;
  /** Thin black lines on all four sides. */
  border?: 'thin';
  /** A solid fill, as ARGB (`FFF2F2F2`). */
  fill?: string;
  alignment?: AlignmentStyle;
  /** Excel's number format code, e.g. `0.00`. */
  numFmt?: string;
}

// Formats Excel knows by number: written as these ids, not declared again.
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2 };
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const THIN = '<color rgb="FF000000"/>';

function fontXml(font: FontStyle): string {
  return `<font>${font.bold ? '<b/>' : ''}<sz val="${font.size}"/><name val="${xmlText(font.name)}"/></font>`;
}

function fillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${xmlText(argb)}"/></patternFill></fill>`;
}

function alignmentXml(a: AlignmentStyle): string {
  const vertical = a.vertical === 'middle' ? 'center' : a.vertical;
  return (
    '<alignment' +
    (a.horizontal ? ` horizontal="${a.horizontal}"` : '') +
    (vertical ? ` vertical="${vertical}"` : '') +
    (a.wrapText ? ' wrapText="1"' : '') +
    '/>'
  );
}

/** A list that hands out one index per distinct entry. */
class Indexed {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    for (const entry of first) this.id(entry);
  }
  id(entry: string): number {
    let found = this.index.get(entry);
    if (found === undefined) {
      found = this.entries.length;
      this.entries.push(entry);
      this.index.set(entry, found);
    }
    return found;
  }
}

/**
 * One index (`s="…"`) per distinct look. A table shares one style object among its cells, so
 * the object itself is remembered too: most cells cost one map lookup.
 */
export class StyleTable {
  private readonly fonts = new Indexed([DEFAULT_FONT]);
  private readonly fills = new Indexed([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Indexed([
    '<border><left/><right/><top/><bottom/><diagonal/></border>',
  ]);
  private readonly formats = new Indexed();
  private readonly xfs = new Indexed([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);
  private readonly seen = new WeakMap<CellStyle, number>();

  id(style: CellStyle): number {
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const id = this.xfs.id(this.xf(style));
    this.seen.set(style, id);
    return id;
  }

  private xf(style: CellStyle): string {
    const numFmt = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const border = style.border
      ? this.borders.id(
          `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right>` +
            `<top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`,
        )
      : 0;
    const applied =
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (font ? ' applyFont="1"' : '') +
      (fill ? ' applyFill="1"' : '') +
      (border ? ' applyBorder="1"' : '') +
      (style.alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
    return style.alignment ? `${head}>${alignmentXml(style.alignment)}</xf>` : `${head}/>`;
  }

  private formatId(code: string): number {
    return BUILT_IN_FORMATS[code] ?? FIRST_CUSTOM_FORMAT + this.formats.id(code);
  }

  /** `xl/styles.xml` (without the XML declaration), once every cell has been written. */
  xml(): string {
    const list = (tag: string, entries: readonly string[]) =>
      `<${tag} count="${entries.length}">${entries.join('')}</${tag}>`;
    const formats = this.formats.entries.map(
      (code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.entries) +
      list('fills', this.fills.entries) +
      list('borders', this.borders.entries) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.entries) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}
