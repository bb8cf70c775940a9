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
import { formatCenti } from '../../../../shared/domain/points';
import type { SheetWords } from '../../../workbook/words';
import type { MinutesCheckpoint, MinutesData, MinutesItem } from './data';
import { levelText } from './level-text';
import { minutesWordsFor } from './words';

/**
 * The minutes (会议纪要) as a Word document, with the `docx` package: built from `MinutesData`
 * only, in the document's language. Layout: A4 portrait, 宋体/Times, the items as one table.
 */

const BODY = 24; // 12 pt, in half-points
const SMALL = 20; // 10 pt: the items table
const TITLE = 36; // 18 pt

type Words = SheetWords;

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold ?? false, size: options.size ?? BODY });
}

function para(
  value: string | TextRun[],
  options: { bold?: boolean; size?: number; align?: 'center' | 'right'; before?: number } = {},
): Paragraph {
  return new Paragraph({
    children: typeof value === 'string' ? [text(value, options)] : value,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: 80, line: 360 },
  });
}

function heading(value: string): Paragraph {
  return para(value, { bold: true, before: 240 });
}

function dateText(words: Words, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return words.t('date', { y: y ?? 0, m: m ?? 0, d: d ?? 0 });
}

function cell(lines: string[], width: number, options: { bold?: boolean } = {}): TableCell {
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

function meetingSection(data: MinutesData, words: Words): (Paragraph | Table)[] {
  const stage =
    data.stage === 'closed' && data.closedAt
      ? words.t('stage.closedAt', { at: dateText(words, data.closedAt) })
      : words.t(`stage.${data.stage}`);
  const fields: [string, string][] = [
    [words.t('field.campaign'), data.campaignName],
    [words.t('field.round'), data.roundName],
    [words.t('field.kind'), words.t(`kind.${data.kind}`)],
    [words.t('field.heldOn'), dateText(words, data.heldOn)],
    [words.t('field.venue'), data.venue || words.t('blank')],
    [words.t('field.chair'), data.chair || words.t('blank')],
    [words.t('field.recorder'), data.recorder || words.t('blank')],
    [words.t('field.stage'), stage],
  ];
  return [
    heading(words.t('section.meeting')),
    ...fields.map(([label, value]) =>
      para([text(`${label}${words.t('colon')}`, { bold: true }), text(value)]),
    ),
  ];
}

function attendanceSection(data: MinutesData, words: Words): Paragraph[] {
  const { quorum } = data;
  const byKind = (kind: string) =>
    data.members.filter((m) => m.attendance === kind).map((m) => m.name);
  const listed = (kind: string) => {
    const names = byKind(kind);
    return names.length === 0 ? words.t('none') : names.join(words.t('separator'));
  };
  return [
    heading(words.t('section.attendance')),
    para(
      words.t('quorumLine', {
        members: quorum.members,
        present: quorum.present,
        num: quorum.num,
        den: quorum.den,
        needed: quorum.needed,
        met: words.t(quorum.met ? 'quorumMet' : 'quorumNotMet'),
      }),
    ),
    para([
      text(`${words.t('attendance.present')}${words.t('colon')}`, { bold: true }),
      text(listed('present')),
    ]),
    para([
      text(`${words.t('attendance.absent')}${words.t('colon')}`, { bold: true }),
      text(listed('absent')),
    ]),
    para([
      text(`${words.t('attendance.leave')}${words.t('colon')}`, { bold: true }),
      text(listed('leave')),
    ]),
    ...(byKind('unknown').length > 0
      ? [
          para([
            text(`${words.t('attendance.unknown')}${words.t('colon')}`, { bold: true }),
            text(listed('unknown')),
          ]),
        ]
      : []),
  ];
}

type Decision = NonNullable<MinutesItem['decision']>;

function outcomeText(data: MinutesData, words: Words, d: Decision): string {
  const level = levelText(data, words, d.decidedLevel);
  const base = words.t(`outcome.${d.outcome}`, { level });
  return d.overridesQuota ? `${base}${words.t('overridesQuota')}` : base;
}

function reasonsText(words: Words, item: MinutesItem): string {
  return item.reasons
    .map((r) =>
      r === 'span' && item.span !== null
        ? words.t('reason.spanDetail', { span: formatCenti(item.span) })
        : words.t(`reason.${r}`),
    )
    .join(words.t('separator'));
}

const WIDTHS = [7, 16, 14, 12, 16, 16, 19];

function itemRow(data: MinutesData, words: Words, item: MinutesItem): TableRow {
  const d = item.decision;
  const votes = d
    ? [
        words.t('votes', { for: d.votes.for, against: d.votes.against, abstain: d.votes.abstain }),
        words.t('presence', { present: d.present, recused: d.recused }),
        ...(item.recused.length > 0
          ? [words.t('recusedNames', { names: item.recused.join(words.t('separator')) })]
          : []),
      ]
    : item.recused.length > 0
      ? [words.t('recusedNames', { names: item.recused.join(words.t('separator')) })]
      : [];
  const outcome = d
    ? [
        outcomeText(data, words, d),
        ...(d.version > 1 ? [words.t('version', { version: d.version })] : []),
      ]
    : [words.t('outcome.none')];
  const reason = [
    ...(d?.reason ? [d.reason] : []),
    ...item.earlier.map((e) =>
      words.t('earlier', {
        version: e.version,
        outcome: outcomeText(data, words, e),
        reason: e.reason || words.t('noReason'),
      }),
    ),
  ];
  return new TableRow({
    cantSplit: true,
    children: [
      cell([String(item.no)], WIDTHS[0]!),
      cell([item.branchName, item.townshipName], WIDTHS[1]!),
      cell([reasonsText(words, item)], WIDTHS[2]!),
      cell([levelText(data, words, item.computedLevel)], WIDTHS[3]!),
      cell(outcome, WIDTHS[4]!),
      cell(votes, WIDTHS[5]!),
      cell(reason, WIDTHS[6]!),
    ],
  });
}

function itemsTable(data: MinutesData, words: Words, items: MinutesItem[]): Table {
  const headers = ['no', 'branch', 'why', 'computed', 'outcome', 'votes', 'reason'];
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
        children: headers.map((h, i) => cell([words.t(`col.${h}`)], WIDTHS[i]!, { bold: true })),
      }),
      ...items.map((item) => itemRow(data, words, item)),
    ],
  });
}

function itemsSection(data: MinutesData, words: Words): (Paragraph | Table)[] {
  const decided = data.items.filter((i) => i.decision).length;
  return [
    heading(words.t('section.items')),
    para(words.t('itemsIntro', { count: data.items.length, decided })),
    ...(data.items.length > 0 ? [itemsTable(data, words, data.items)] : []),
  ];
}

function consentSection(data: MinutesData, words: Words): (Paragraph | Table)[] {
  if (data.consent.length === 0)
    return [heading(words.t('section.consent')), para(words.t('none'))];
  return [
    heading(words.t('section.consent')),
    para(words.t('consentIntro', { count: data.consent.length })),
    itemsTable(data, words, data.consent),
  ];
}

function signatureLine(label: string, name: string): Paragraph {
  return para(
    [text(label, { bold: true }), text(name ? `${name}  ` : ''), text('________________________')],
    { before: 200 },
  );
}

function signatureSection(data: MinutesData, words: Words): Paragraph[] {
  const present = data.members.filter((m) => m.attendance === 'present');
  return [
    heading(words.t('section.signatures')),
    signatureLine(words.t('sign.chair'), data.chair),
    signatureLine(words.t('sign.recorder'), data.recorder),
    para(words.t('sign.members'), { bold: true, before: 200 }),
    ...present.map((m) => signatureLine('', m.name)),
    para(`${words.t('sign.date')}________________________`, { before: 200 }),
  ];
}

/**
 * Issue #14's slot: the frozen checkpoint's fingerprint (and its QR code when given) printed
 * after the signatures, so a printout can be checked against the database. Nothing until then.
 */
export function checkpointSection(checkpoint: MinutesCheckpoint | null, words: Words): Paragraph[] {
  if (!checkpoint) return [];
  return [
    para(
      words.t('checkpoint', { fingerprint: checkpoint.fingerprint, version: checkpoint.version }),
      { before: 240 },
    ),
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

function footer(data: MinutesData, words: Words): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [
              words.t('footer', {
                operator: data.operator,
                at: dateText(words, data.generatedAt),
                version: data.appVersion,
              }),
              words.t('pageBefore'),
              PageNumber.CURRENT,
              words.t('pageAfter'),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The minutes as the bytes of a .docx file. */
export async function minutesDocument(data: MinutesData): Promise<Buffer> {
  const words = minutesWordsFor(data.language);
  const latin = data.language === 'en' ? 'Arial' : 'Times New Roman';
  const doc = new Document({
    creator: data.operator,
    title: words.t('title', { title: data.title }),
    styles: {
      default: {
        document: {
          run: { font: { ascii: latin, hAnsi: latin, eastAsia: 'SimSun' }, size: BODY },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1440, bottom: 1440, left: 1300, right: 1300 } },
        },
        footers: { default: footer(data, words) },
        children: [
          para(words.t('title', { title: data.title }), {
            bold: true,
            size: TITLE,
            align: 'center',
          }),
          ...(data.stage === 'closed' ? [] : [para(words.t('draftNote'), { align: 'center' })]),
          ...meetingSection(data, words),
          ...attendanceSection(data, words),
          ...itemsSection(data, words),
          ...consentSection(data, words),
          ...signatureSection(data, words),
          ...checkpointSection(data.checkpoint, words),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
