import type { WriteStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArchive, writeArchive, writeArchiveTo } from '../../../electron/files/zip-archive';
import { tempDir } from '../support';
import { unzip } from '../exports/support';

/**
 * A workbook's sheets go into the zip as text made while it is written (`{ pieces }`): each
 * piece is encoded into one reused buffer once zlib has taken the one before. What comes out
 * must be the text exactly, whatever the pieces' sizes, and a disk that fails must stop the
 * writing with its error instead of leaving it waiting.
 */
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  tmp.cleanup();
});

/** Pieces of every size: tiny, CJK, emoji across pieces, one far larger than the buffer. */
function piecesOf(seed: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    const kind = (i * seed) % 5;
    if (kind === 0) pieces.push(`<row r="${i}">`);
    else if (kind === 1) pieces.push('云岭县石门乡党支部'.repeat(1 + (i % 40)));
    else if (kind === 2) pieces.push('😀'.repeat(i % 7));
    else if (kind === 3) pieces.push('');
    else pieces.push(`&amp;${'x'.repeat(i * 37)}`);
  }
  // 200,000 CJK characters: 600 KB of UTF-8, more than the reused buffer holds.
  pieces.splice(150, 0, '党'.repeat(200_000));
  return pieces;
}

const DOS_1980 = (1 << 5) | 1;

/** The date field of each central directory entry, walked from the end record. */
function centralDates(zip: Buffer): number[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const dates: number[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    dates.push(zip.readUInt16LE(at + 14));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return dates;
}

describe('zip entries written from pieces of text', () => {
  it('holds exactly the text, with the right sizes and checksums', async () => {
    const file = join(tmp.dir, 'pieces.zip');
    const first = piecesOf(3);
    const second = piecesOf(7);
    await writeArchive(file, [
      { name: 'xl/worksheets/sheet1.xml', from: { pieces: first } },
      { name: 'small.xml', from: { bytes: Buffer.from('<a/>') } },
      { name: 'xl/worksheets/sheet2.xml', from: { pieces: second } },
    ]);
    const files = unzip(readFileSync(file));
    expect(files.get('xl/worksheets/sheet1.xml')).toBe(first.join(''));
    expect(files.get('small.xml')).toBe('<a/>');
    expect(files.get('xl/worksheets/sheet2.xml')).toBe(second.join(''));
    // Every entry is dated 1980-01-01 (month and day 1), not the invalid all-zero date.
    expect(centralDates(readFileSync(file))).toEqual([DOS_1980, DOS_1980, DOS_1980]);
    const listed = await listArchive(file);
    expect(listed.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.size).toBe(
      Buffer.byteLength(first.join('')),
    );
  });

  it('stops with the disk’s error when the disk is full, without waiting for ever', async () => {
    let pulled = 0;
    function* endless(): Generator<string> {
      for (;;) {
        pulled += 1;
        yield `<row>${'满'.repeat(4000)}</row>`;
      }
    }
    // A disk that takes the first 100 KB, then fails as a full one does (a real ENOSPC from
    // /dev/full would come at the entry's first byte, before any piece is encoded).
    let taken = 0;
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        taken += chunk.length;
        done(
          taken > 100_000
            ? Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
            : null,
        );
      },
    }) as unknown as WriteStream;
    await expect(
      writeArchiveTo(out, [{ name: 'sheet.xml', from: { pieces: endless() } }]),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    // Writing stopped soon after the first failed write, not at the end of the text.
    expect(taken).toBeGreaterThan(100_000);
    expect(pulled).toBeLessThan(100_000);
  });

  it('stops with the error of the text’s maker, and the file is not left looking whole', async () => {
    function* failing(): Generator<string> {
      yield '<sheetData>';
      yield '表'.repeat(100_000);
      throw new Error('row 7 after row 9');
    }
    const file = join(tmp.dir, 'failed.zip');
    await expect(
      writeArchive(file, [{ name: 'sheet.xml', from: { pieces: failing() } }]),
    ).rejects.toThrow('row 7 after row 9');
    // No central directory was written: no zip tool takes it for a complete archive.
    await expect(listArchive(file)).rejects.toThrow();
  });
});
