import { dateText, heading, para, TITLE, wordDocument } from '../../../documents/docx';
import type { NamingDocData } from './data';
import { closing, footerOf, levelTables } from './notice-document';
import { publicationWords } from './words';

/**
 * The naming decision (命名决定) as a Word document: its document number, the notice it follows,
 * the branches named by level, those sent up for the city to name, the issuer and the freeze.
 */
export async function namingDocument(data: NamingDocData): Promise<Buffer> {
  const { t } = publicationWords(data.language);
  const count = (groups: NamingDocData['named']) =>
    groups.reduce((n, g) => n + g.branches.length, 0);
  const title = t('naming.title', { year: data.year });
  return wordDocument({
    language: data.language,
    creator: data.operator,
    title,
    footer: footerOf(t, data),
    children: [
      para(data.documentNumber, { align: 'center' }),
      para(title, { bold: true, size: TITLE, align: 'center', before: 120 }),
      para(
        t('naming.intro', {
          notice: data.notice.title,
          start: dateText(t, data.notice.startDay),
          end: dateText(t, data.notice.endDay),
          count: count(data.named),
        }),
        { indent: 2, before: 240 },
      ),
      heading(t('naming.named')),
      ...levelTables(t, data.named),
      ...(data.sentUp.length > 0
        ? [
            heading(t('naming.sentUp')),
            para(t('naming.sentUpIntro', { count: count(data.sentUp) }), { indent: 2 }),
            ...levelTables(t, data.sentUp),
          ]
        : []),
      para(t('naming.closing'), { indent: 2, before: 240 }),
      ...closing(t, data, data.namedOn),
    ],
  });
}
