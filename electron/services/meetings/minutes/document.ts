import type { Paragraph, Table } from 'docx';
import { formatCenti } from '../../../../shared/domain/points';
import {
  borderedTable,
  checkpointParagraphs,
  dateText as dateIn,
  heading,
  pageFooter,
  para,
  text,
  TITLE,
  wordDocument,
  type PrintedCheckpoint,
} from '../../../documents/docx';
import type { SheetWords } from '../../../workbook/words';
import type { MinutesData, MinutesItem } from './data';
import { levelText } from './level-text';
import { minutesWordsFor } from './words';

/**
 * The minutes (会议纪要) as a Word document (the shared pieces in electron/documents/docx.ts):
 * built from `MinutesData` only, in the document's language; the items as one table.
 */

type Words = SheetWords;

const dateText = (words: Words, iso: string) => dateIn(words.t, iso);

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

function itemRow(data: MinutesData, words: Words, item: MinutesItem): string[][] {
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
  return [
    [String(item.no)],
    [item.branchName, item.townshipName],
    [reasonsText(words, item)],
    [levelText(data, words, item.computedLevel)],
    outcome,
    votes,
    reason,
  ];
}

function itemsTable(data: MinutesData, words: Words, items: MinutesItem[]): Table {
  const headers = ['no', 'branch', 'why', 'computed', 'outcome', 'votes', 'reason'];
  return borderedTable(
    headers.map((h) => words.t(`col.${h}`)),
    items.map((item) => itemRow(data, words, item)),
    WIDTHS,
  );
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

/** The round's freeze under the signatures, so a printout can be checked against the file. */
export function checkpointSection(checkpoint: PrintedCheckpoint | null, words: Words): Paragraph[] {
  return checkpointParagraphs(checkpoint, (c) =>
    words.t('checkpoint', { fingerprint: c.fingerprint, version: c.version }),
  );
}

/** The minutes as the bytes of a .docx file. */
export async function minutesDocument(data: MinutesData): Promise<Buffer> {
  const words = minutesWordsFor(data.language);
  return wordDocument({
    language: data.language,
    creator: data.operator,
    title: words.t('title', { title: data.title }),
    footer: pageFooter(
      words.t('footer', {
        operator: data.operator,
        at: dateText(words, data.generatedAt),
        version: data.appVersion,
      }),
      { before: words.t('pageBefore'), after: words.t('pageAfter') },
    ),
    children: [
      para(words.t('title', { title: data.title }), { bold: true, size: TITLE, align: 'center' }),
      ...(data.stage === 'closed' ? [] : [para(words.t('draftNote'), { align: 'center' })]),
      ...meetingSection(data, words),
      ...attendanceSection(data, words),
      ...itemsSection(data, words),
      ...consentSection(data, words),
      ...signatureSection(data, words),
      ...checkpointSection(data.checkpoint, words),
    ],
  });
}
