import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { constants, crc32, createDeflateRaw, createInflateRaw } from 'node:zlib';

/**
 * The container of backups (`.xpbak`) and exchange packages (`.xpsync`): a plain zip (so a
 * county's IT person can open it with any zip tool) written and read by streaming, never whole
 * in memory — a province database is over a gigabyte. Only what those need: deflated entries,
 * UTF-8 names, no ZIP64 (a database of 4 GB or more is refused with a clear error rather than
 * written into a broken zip).
 *
 * Entries are written with a data descriptor (general purpose bit 3): the compressed size is
 * known only after deflating, and the stream never seeks back.
 */
const LOCAL_SIG = 0x04034b50;
const DESCRIPTOR_SIG = 0x08074b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const FLAGS = 0x0808; // bit 3: data descriptor follows; bit 11: the name is UTF-8
const DEFLATE = 8;
const LIMIT = 0xffffffff;
/**
 * 1980-01-01, the first day a zip can name, for every entry: the entries' own times say
 * nothing the manifest or the workbook does not, and a date of all zeros (month 0) is one some
 * zip tools show as invalid.
 */
const DOS_DATE = (1 << 5) | 1;

export class ArchiveError extends Error {}

export interface ArchiveEntrySource {
  name: string;
  /**
   * A file streamed from disk, a small buffer (the manifest), or text made as it is written
   * (a workbook's sheet): pieces are pulled only as fast as the disk takes them.
   */
  from: { file: string } | { bytes: Buffer } | { pieces: Iterable<string> };
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function writeChunk(out: WriteStream, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Bytes of text encoded at a time; a longer piece gets a buffer of its own. */
const PIECE_BYTES = 256 * 1024;

/**
 * Text through deflate, each piece encoded into one reused buffer once zlib has taken the one
 * before. A buffer per piece would be garbage the size of the whole text (a province's summary
 * sheet is ~40 MB of XML), and V8 collects it only when it has piled up.
 */
async function deflatePieces(
  pieces: Iterable<string>,
  deflate: Transform,
  counted: (bytes: Buffer) => void,
  sink: (deflated: AsyncIterable<Buffer>) => Promise<void>,
): Promise<void> {
  const draining = sink(deflate).catch((error: unknown) => {
    // Destroyed, zlib calls back the piece it was given with an error: the feed stops too.
    deflate.destroy();
    throw error;
  });
  const feeding = (async () => {
    const buffer = Buffer.allocUnsafe(PIECE_BYTES);
    for (const piece of pieces) {
      const bytes =
        Buffer.byteLength(piece) <= buffer.length
          ? buffer.subarray(0, buffer.write(piece))
          : Buffer.from(piece);
      counted(bytes);
      await new Promise<void>((resolve, reject) => {
        deflate.write(bytes, (error) => (error ? reject(error) : resolve()));
      });
    }
    deflate.end();
  })().catch((error: unknown) => {
    deflate.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  });
  await Promise.all([feeding, draining]);
}

async function writeEntry(
  out: WriteStream,
  entry: ArchiveEntrySource,
  offset: number,
): Promise<Written> {
  const name = Buffer.from(entry.name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL_SIG, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(FLAGS, 6);
  local.writeUInt16LE(DEFLATE, 8);
  local.writeUInt16LE(DOS_DATE, 12);
  // The time (10) stays 00:00; crc and sizes (14–25) stay zero: they follow in the data descriptor.
  local.writeUInt16LE(name.length, 26);
  await writeChunk(out, Buffer.concat([local, name]));
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const counted = (chunk: Buffer) => {
    crc = crc32(chunk, crc);
    size += chunk.length;
  };
  const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  // The last stage writes into the archive's one stream itself: piping each entry into it
  // would leave that entry's listeners on it (a package holds hundreds of evidence files).
  const sink = async (deflated: AsyncIterable<Buffer>) => {
    for await (const chunk of deflated) {
      compressed += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
  };
  if ('pieces' in entry.from) {
    await deflatePieces(entry.from.pieces, deflate, counted, sink);
  } else {
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        counted(chunk);
        done(null, chunk);
      },
    });
    const source = 'file' in entry.from ? createReadStream(entry.from.file) : [entry.from.bytes];
    await pipeline(source, count, deflate, sink);
  }
  if (size >= LIMIT || compressed >= LIMIT || offset >= LIMIT)
    throw new ArchiveError('the database is too large for a backup archive (4 GB)');
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(DESCRIPTOR_SIG, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  await writeChunk(out, descriptor);
  return { name, crc: crc >>> 0, compressed, size, offset };
}

function centralDirectory(entries: readonly Written[], at: number): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  for (const e of entries) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_SIG, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(FLAGS, 8);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(e.crc, 16);
    header.writeUInt32LE(e.compressed, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(e.name.length, 28);
    header.writeUInt32LE(e.offset, 42);
    parts.push(header, e.name);
    length += header.length + e.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(length, 12);
  end.writeUInt32LE(at, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

/** Writes a zip of `entries` to `file` (a new file; the caller renames it into place). */
export function writeArchive(file: string, entries: Iterable<ArchiveEntrySource>): Promise<void> {
  return writeArchiveTo(createWriteStream(file, { flags: 'wx', flush: true }), entries);
}

/**
 * Writes a zip of `entries` into `out` and ends it. Entries are taken one at a time, so a
 * generator can make the next one from what the previous ones wrote (a workbook's styles).
 */
export async function writeArchiveTo(
  out: WriteStream,
  entries: Iterable<ArchiveEntrySource>,
): Promise<void> {
  // A failed write is reported to its callback or to the wait for 'drain'; kept here too, so
  // the stream's 'error' event is never left unheard.
  let failed: Error | undefined;
  out.on('error', (error) => {
    failed = error;
  });
  try {
    const written: Written[] = [];
    let offset = 0;
    for (const entry of entries) {
      const done = await writeEntry(out, entry, offset);
      written.push(done);
      offset += 30 + done.name.length + done.compressed + 16;
    }
    if (offset >= LIMIT) throw new ArchiveError('the backup archive would exceed 4 GB');
    if (failed) throw failed;
    await writeChunk(out, centralDirectory(written, offset));
    await new Promise<void>((resolve, reject) => {
      out.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  } catch (error) {
    out.destroy();
    throw error;
  }
}

export interface ArchiveEntry {
  name: string;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Reads the central directory: what the archive holds, without reading the data. */
export async function listArchive(file: string): Promise<ArchiveEntry[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size < 22) throw new ArchiveError('not a zip archive (too short)');
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === END_SIG) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ArchiveError('not a zip archive (no zip directory)');
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const at = tail.readUInt32LE(end + 16);
    if (at + length > size) throw new ArchiveError('the zip directory points past the file');
    const dir = Buffer.alloc(length);
    await handle.read(dir, 0, length, at);
    const entries: ArchiveEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i += 1) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIG)
        throw new ArchiveError('the zip directory is damaged');
      const nameLength = dir.readUInt16LE(p + 28);
      const extra = dir.readUInt16LE(p + 30);
      const comment = dir.readUInt16LE(p + 32);
      entries.push({
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
        crc: dir.readUInt32LE(p + 16),
        compressed: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        offset: dir.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extra + comment;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

async function dataStart(file: string, entry: ArchiveEntry): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const local = Buffer.alloc(30);
    await handle.read(local, 0, 30, entry.offset);
    if (local.readUInt32LE(0) !== LOCAL_SIG)
      throw new ArchiveError(`the entry ${entry.name} is damaged`);
    return entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

/**
 * Streams one entry out through `sink`, checking its size and CRC: a flipped byte anywhere in
 * the archive makes this throw rather than hand back a silently different database.
 */
export async function extractEntry(
  file: string,
  entry: ArchiveEntry,
  sink: NodeJS.WritableStream,
): Promise<void> {
  const start = await dataStart(file, entry);
  const { size: fileSize } = await stat(file);
  if (start + entry.compressed > fileSize)
    throw new ArchiveError(`the entry ${entry.name} is cut short`);
  let crc = 0;
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > entry.size)
        done(new ArchiveError(`the entry ${entry.name} is longer than declared`));
      else done(null, chunk);
    },
  });
  if (entry.compressed === 0) throw new ArchiveError(`the entry ${entry.name} is empty`);
  const source = createReadStream(file, { start, end: start + entry.compressed - 1 });
  try {
    await pipeline(source, createInflateRaw(), check, sink);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`the entry ${entry.name} does not decompress: ${String(error)}`);
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc)
    throw new ArchiveError(`the entry ${entry.name} fails its checksum`);
}

/** A small entry (the manifest) read into memory, refused past `maxBytes`. */
export async function readSmallEntry(
  file: string,
  entry: ArchiveEntry,
  maxBytes: number,
): Promise<Buffer> {
  if (entry.size > maxBytes) throw new ArchiveError(`the entry ${entry.name} is too large`);
  const chunks: Buffer[] = [];
  await extractEntry(
    file,
    entry,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}
