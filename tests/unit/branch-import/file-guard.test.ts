import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deflatedEntry, writeZip } from '../rubric-files/support';
import { readBranchBytes } from '../../../electron/services/branch-import/read-file';
import { holdFile } from '../support';
import { expectTranslatable, payload, preview, readMessy, useServices } from './support';

const { services, campaignId } = useServices();
const MB = 1024 * 1024;

async function problemsOf(fileName: string, bytes: Buffer) {
  const p = await preview(services(), { campaignId: campaignId(), file: payload(fileName, bytes) });
  p.fileProblems.forEach(expectTranslatable);
  expect(p.rows).toEqual([]);
  return p.fileProblems.map((x) => x.code);
}

describe('files the import refuses before reading rows', () => {
  it('recognises an old binary .xls renamed to .xlsx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = Buffer.concat([ole, randomBytes(4000)]);
    expect(await problemsOf('名单.xlsx', xls)).toEqual(['not-xlsx']);
    expect(await problemsOf('名单.xls', xls)).toEqual(['not-xlsx']);
  });

  it('reports a truncated workbook as damaged', async () => {
    const whole = readMessy();
    expect(await problemsOf('cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)))).toEqual(
      ['xlsx-damaged'],
    );
  });

  it('refuses a zip bomb by its declared size, and one whose entry lies about its size', async () => {
    const zeros = Buffer.alloc(60 * MB);
    const honest = writeZip([deflatedEntry('xl/worksheets/sheet1.xml', zeros)]);
    expect(honest.length).toBeLessThan(MB);
    expect(await problemsOf('bomb.xlsx', honest)).toEqual(['zip-too-large']);
    const liar = writeZip([deflatedEntry('xl/worksheets/sheet1.xml', zeros, 1000)]);
    expect(await problemsOf('liar.xlsx', liar)).toEqual(['zip-too-large']);
  });

  it('refuses empty files and other file types', async () => {
    expect(await problemsOf('empty.xlsx', Buffer.alloc(0))).toEqual(['file-empty']);
    expect(await problemsOf('notes.docx', Buffer.from('hello'))).toEqual(['file-type']);
    expect(await problemsOf('text.xlsx', Buffer.from('乡镇,村名'))).toEqual(['not-xlsx']);
  });

  it('takes no list over the 100 MB import limit, and its reader refuses one that grew', async () => {
    const big = Buffer.concat([Buffer.from('乡镇,村名\n'), Buffer.alloc(100 * MB, 0x41)]);
    await expect(holdFile(services(), { fileName: 'big.csv', bytes: big })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { fileName: 'big.csv', limitMb: 100 },
    });
    const read = readBranchBytes(big, 'big.csv');
    expect(read.problem?.code).toBe('file-too-large');
  });
});
