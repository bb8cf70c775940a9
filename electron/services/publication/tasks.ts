import { task } from '../../jobs/task';
import { writeBytesAtomically } from '../../workbook/atomic-write';
import type { NamingDocData, NoticeDocData } from './documents/data';
import type { NamingWorkbook } from './documents/naming-workbooks';

/** The notice (公示) or the naming decision (命名) as a Word document, built in a worker. */
export const buildPublicationDocumentTask = task(
  'publication.document',
  async () => {
    const [naming, notice] = await Promise.all([
      import('./documents/naming-document'),
      import('./documents/notice-document'),
    ]);
    return { namingDocument: naming.namingDocument, noticeDocument: notice.noticeDocument };
  },
  async (
    { namingDocument, noticeDocument },
    input:
      | { kind: 'notice'; data: NoticeDocData; target: string }
      | { kind: 'naming'; data: NamingDocData; target: string },
    report,
  ) => {
    report('build', 0, 1);
    const bytes =
      input.kind === 'notice' ? await noticeDocument(input.data) : await namingDocument(input.data);
    await writeBytesAtomically(input.target, bytes);
    report('build', 1, 1);
  },
  { preload: false },
);

/** A naming's 授牌 list or 备案 table as a workbook, built in a worker. */
export const buildNamingWorkbookTask = task(
  'publication.workbook',
  () => import('./documents/naming-workbooks'),
  async (
    { namingWorkbook },
    input: { kind: NamingWorkbook; data: NamingDocData; target: string },
    report,
  ) => {
    report('build', 0, 1);
    await writeBytesAtomically(input.target, await namingWorkbook(input.kind, input.data));
    report('build', 1, 1);
  },
  { preload: false },
);
