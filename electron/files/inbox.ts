import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileKind, PickedFile } from '../../shared/domain/views/files';
import { FILE_KINDS } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';
import { newFileId } from './ids';
import { displayName, fileTooLarge } from './limits';

/** A chosen file as services read it: where it is, what it is called, how big it was. */
export interface HeldFile {
  id: string;
  path: string;
  fileName: string;
  size: number;
  kind: FileKind;
}

interface Entry extends HeldFile {
  /** Uploads are ours to delete; a file picked in Electron is the user's and is never touched. */
  owned: boolean;
  lastUsed: number;
}

/** Chosen files are forgotten (and uploads deleted) after this long unused. */
export const HOLD_MS = 30 * 60 * 1000;

function notHeld(id: string): AppError {
  return new AppError('NOT_FOUND', `File ${id.slice(0, 8)}… is not held (expired or used)`, {
    entity: 'file',
  });
}

/**
 * The files the user chose, held by main until a method uses them. The page only ever has an
 * id: it cannot name a path, so it cannot make main read anything the user did not choose.
 */
export class Inbox {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly dir: string,
    private readonly clock: () => number = Date.now,
    private readonly holdMs: number = HOLD_MS,
  ) {}

  /**
   * An upload: the stream is written to a temporary file while its size is counted, and
   * refused (the partial file removed) the moment it passes the kind's limit. A stream that
   * ends early (the page closed, the connection dropped) leaves nothing behind either.
   */
  async receive(
    body: Readable,
    options: { fileName: string; kind: FileKind; declaredSize?: number },
  ): Promise<PickedFile> {
    this.sweep();
    const fileName = displayName(options.fileName);
    const { kind } = options;
    const max = FILE_KINDS[kind].maxBytes;
    if (options.declaredSize !== undefined && options.declaredSize > max)
      throw fileTooLarge(fileName, kind, options.declaredSize);
    const id = newFileId();
    const part = join(this.dir, `${id}.part`);
    const path = join(this.dir, id);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > max) done(fileTooLarge(fileName, kind));
        else done(null, chunk);
      },
    });
    const out = createWriteStream(part, { flags: 'wx' });
    const writing = pipeline(counter, out);
    // Piped, not passed to pipeline(): a refused upload must not destroy the request, whose
    // connection still has to carry the refusal back to the page.
    body.pipe(counter);
    const cutOff = new Promise<never>((_resolve, reject) => {
      body.once('error', reject);
      body.once('close', () => {
        if (!body.readableEnded) reject(new Error(`upload of ${fileName} was cut off`));
      });
    });
    cutOff.catch(() => undefined);
    try {
      await Promise.race([writing, cutOff]);
      await rename(part, path);
    } catch (error) {
      body.unpipe(counter);
      counter.destroy();
      out.destroy();
      await writing.catch(() => undefined);
      await rm(part, { force: true });
      throw error;
    }
    return this.hold({ path, fileName, size, kind, owned: true }, id);
  }

  /** A file on the user's disk (Electron's open dialog, or dropped on the window). */
  async holdLocal(path: string, kind: FileKind): Promise<PickedFile> {
    this.sweep();
    const fileName = displayName(path);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new AppError('NOT_FOUND', `${fileName} cannot be read`, { entity: 'file', fileName });
    }
    if (!info.isFile())
      throw new AppError('INVALID_INPUT', `${fileName} is not a file`, {
        path: 'file',
        problem: 'not-a-file',
        fileName,
      });
    if (info.size > FILE_KINDS[kind].maxBytes) throw fileTooLarge(fileName, kind, info.size);
    return this.hold({ path, fileName, size: info.size, kind, owned: false });
  }

  private hold(entry: Omit<Entry, 'id' | 'lastUsed'>, id = newFileId()): PickedFile {
    this.entries.set(id, { ...entry, id, lastUsed: this.clock() });
    return { id, fileName: entry.fileName, size: entry.size, kind: entry.kind };
  }

  /** The held file with this id, which must be of `kind`; its hold is renewed. */
  use(id: string, kind: FileKind): HeldFile {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry) throw notHeld(id);
    if (entry.kind !== kind)
      throw new AppError('INVALID_INPUT', `File ${entry.fileName} was chosen for ${entry.kind}`, {
        path: 'fileId',
        problem: 'wrong-kind',
        fileName: entry.fileName,
      });
    entry.lastUsed = this.clock();
    const { path, fileName, size } = entry;
    return { id, path, fileName, size, kind };
  }

  /** Lets go of a file; an upload is deleted. False when it was not held. */
  async release(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    if (entry.owned) await rm(entry.path, { force: true });
    return true;
  }

  /** Forgets files unused for longer than the hold time. */
  sweep(): void {
    const now = this.clock();
    for (const [id, entry] of this.entries) {
      if (now - entry.lastUsed > this.holdMs) void this.release(id);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
