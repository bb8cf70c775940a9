import type { Paragraph, Table } from 'docx';
import {
  borderedTable,
  checkpointParagraphs,
  dateText,
  heading,
  pageFooter,
  para,
  TITLE,
  wordDocument,
  type T,
} from '../../../documents/docx';
import type { Issuer, LevelGroup, NoticeDocData } from './data';
import { publicationWords } from './words';

/** Each level's heading and a table of its branches (序号, 党组织, 乡镇). */
export function levelTables(t: T, groups: readonly LevelGroup[]): (Paragraph | Table)[] {
  let no = 0;
  return groups.flatMap((g) => [
    para(t('levelHeading', { level: g.levelText, count: g.branches.length }), {
      bold: true,
      before: 120,
    }),
    borderedTable(
      [t('col.no'), t('col.branch'), t('col.township')],
      g.branches.map((b) => {
        no += 1;
        return [[String(no)], [b.name], [b.township]];
      }),
      [12, 50, 38],
    ),
  ]);
}

/** The issuer and the date, right-aligned, then the freeze with its QR code. */
export function closing(t: T, data: Issuer, day: string): Paragraph[] {
  return [
    para(data.department, { align: 'right', before: 480 }),
    para(dateText(t, day), { align: 'right' }),
    ...checkpointParagraphs(data.checkpoint, (c) =>
      t('checkpoint', { fingerprint: c.fingerprint, version: c.version }),
    ),
  ];
}

export function footerOf(t: T, data: Issuer) {
  return pageFooter(
    t('footer', {
      operator: data.operator,
      at: dateText(t, data.generatedAt),
      version: data.appVersion,
    }),
    { before: t('pageBefore'), after: t('pageAfter') },
  );
}

/**
 * The notice (公示) as a Word document: the list by level as published, the period in working
 * days (遇节假日顺延), how to object and the rules, the issuer and the freeze it publishes.
 */
export async function noticeDocument(data: NoticeDocData): Promise<Buffer> {
  const { t } = publicationWords(data.language);
  const { channels } = data;
  const ways = (['phone', 'letter', 'visit', 'address'] as const)
    .filter((k) => channels[k].trim() !== '')
    .map((k) => para(t(`channel.${k}`, { value: channels[k] }), { indent: 2 }));
  return wordDocument({
    language: data.language,
    creator: data.operator,
    title: data.title,
    footer: footerOf(t, data),
    children: [
      para(data.title, { bold: true, size: TITLE, align: 'center' }),
      para(t('notice.intro', { campaign: data.campaign, count: data.count }), {
        indent: 2,
        before: 240,
      }),
      heading(t('notice.list')),
      ...levelTables(t, data.groups),
      heading(t('notice.period')),
      para(
        t('notice.periodLine', {
          start: dateText(t, data.startDay),
          end: dateText(t, data.endDay),
          days: data.workingDays,
        }),
        { indent: 2 },
      ),
      heading(t('notice.ways')),
      para(t('notice.waysIntro'), { indent: 2 }),
      ...ways,
      heading(t('notice.rules')),
      ...channels.rules.map((rule, i) => para(`${i + 1}. ${rule}`, { indent: 2 })),
      ...closing(t, data, data.startDay),
    ],
  });
}
