import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Language } from '../../shared/domain/views';

/**
 * The pieces every Word document of the app is made of (the minutes, the notice, the naming
 * decision), with the `docx` package: A4 portrait, 宋体/Times (Arial in English), 12 pt body.
 * Built in workers from plain data; nothing here reads the database.
 */

export const BODY = 24; // 12 pt, in half-points
export const SMALL = 20; // 10 pt: tables
export const TITLE = 36; // 18 pt

/** A word lookup in one language (`sheetWords(language, prefix).t`). */
export type T = (key: string, values?: Record<string, string | number>) => string;

export function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold ?? false, size: options.size ?? BODY });
}

export interface ParaOptions {
  bold?: boolean;
  size?: number;
  align?: 'center' | 'right';
  before?: number;
  /** First-line indent in characters (公文 paragraphs start two characters in). */
  indent?: number;
}

export function para(value: string | TextRun[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children: typeof value === 'string' ? [text(value, options)] : value,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: 80, line: 360 },
    ...(options.indent
      ? { indent: { firstLine: options.indent * (options.size ?? BODY) * 10 } }
      : {}),
  });
}

export function heading(value: string): Paragraph {
  return para(value, { bold: true, before: 240 });
}

/** 2025年10月9日 / 9 October 2025, by the words' `date` pattern. */
export function dateText(t: T, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return t('date', { y: y ?? 0, m: m ?? 0, d: d ?? 0 });
}

export function cell(lines: string[], width: number, options: { bold?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: (lines.length === 0 ? [''] : lines).map(
      (line) =>
        new Paragraph({
          children: [text(line, { size: SMALL, bold: options.bold ?? false })],
          spacing: { after: 0, line: 280 },
        }),
    ),
  });
}

/** A full-width table with thin borders, its header repeated on every page. */
export function borderedTable(
  headers: string[],
  rows: string[][][],
  widths: readonly number[],
): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell([h], widths[i] ?? 10, { bold: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((lines, i) => cell(lines, widths[i] ?? 10)),
          }),
      ),
    ],
  });
}

/** The round's freeze (定稿) as printed: its fingerprint and version, and a QR code of both. */
export interface PrintedCheckpoint {
  /** e.g. `3F2A 91C0 7B1E 04D2 AA19`. */
  fingerprint: string;
  /** The freeze's version (第 n 版). */
  version: number;
  /** A PNG of the QR code (bytes), printed under the line when given. */
  qrPng?: Uint8Array;
}

/**
 * The checkpoint line (and its QR code) printed at the end of a document, so a printout can be
 * checked against the database (`xingping verify --fingerprint`); nothing when not frozen.
 */
export function checkpointParagraphs(
  checkpoint: PrintedCheckpoint | null,
  line: (checkpoint: PrintedCheckpoint) => string,
): Paragraph[] {
  if (!checkpoint) return [];
  return [
    para(line(checkpoint), { before: 240 }),
    ...(checkpoint.qrPng
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: checkpoint.qrPng,
                transformation: { width: 96, height: 96 },
              }),
            ],
          }),
        ]
      : []),
  ];
}

/** A centred small footer: the given text, then 第 n 页 by the words around the number. */
export function pageFooter(before: string, page: { before: string; after: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [before, page.before, PageNumber.CURRENT, page.after],
          }),
        ],
      }),
    ],
  });
}

/** One A4 section in the app's fonts, as the bytes of a .docx file. */
export async function wordDocument(input: {
  language: Language;
  creator: string;
  title: string;
  footer: Footer;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const latin = input.language === 'en' ? 'Arial' : 'Times New Roman';
  const doc = new Document({
    creator: input.creator,
    title: input.title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'SimSun' }, size: BODY },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } } },
        footers: { default: input.footer },
        children: input.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
