import { task } from '../../jobs/task';
import { writeAtomically } from '../../workbook/atomic-write';
import type { NamingDocData, NoticeDocData } from './documents/data';
import { namingDocument } from './documents/naming-document';
import { namingWorkbook, type NamingWorkbook } from './documents/naming-workbooks';
import { noticeDocument } from './documents/notice-document';

async function save(target: string, bytes: Buffer): Promise<void> {
  await writeAtomically(target, async (stream) => {
    await new Promise<void>((resolve, reject) =>
      stream.end(bytes, (error?: Error | null) => (error ? reject(error) : resolve())),
    );
  });
}

/** The notice (公示) or the naming decision (命名) as a Word document, built in a worker. */
export const buildPublicationDocumentTask = task(
  'publication.document',
  async (
    input:
      | { kind: 'notice'; data: NoticeDocData; target: string }
      | { kind: 'naming'; data: NamingDocData; target: string },
    report,
  ) => {
    report('build', 0, 1);
    const bytes =
      input.kind === 'notice' ? await noticeDocument(input.data) : await namingDocument(input.data);
    await save(input.target, bytes);
    report('build', 1, 1);
  },
);

/** A naming's 授牌 list or 备案 table as a workbook, built in a worker. */
export const buildNamingWorkbookTask = task(
  'publication.workbook',
  async (input: { kind: NamingWorkbook; data: NamingDocData; target: string }, report) => {
    report('build', 0, 1);
    await save(input.target, await namingWorkbook(input.kind, input.data));
    report('build', 1, 1);
  },
);
