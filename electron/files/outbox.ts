import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import type { OutgoingFile } from '../../shared/domain/views/files';
import { AppError } from '../../shared/errors';
import { moveIntoPlace, writeBytesAtomically } from '../workbook/atomic-write';
import { newFileId } from './ids';
import { displayName } from './limits';

type Source = { path: string } | { read: () => Buffer };

interface Entry {
  file: OutgoingFile;
  source: Source;
  expires: number;
}

/** An unused link expires after this long (its temporary file removed). */
export const LINK_MS = 10 * 60 * 1000;

function gone(id: string): AppError {
  return new AppError('NOT_FOUND', `Link ${id.slice(0, 8)}… was used or has expired`, {
    entity: 'file',
  });
}

/**
 * Files main produced for the user (exports, evidence to show), each behind an unguessable id
 * that works once: the web host streams it as a download or an image, Electron's protocol shows
 * it, Electron's save dialog moves it into place. Built files live in the data folder's
 * temporary space and are removed once delivered or expired.
 */
export class Outbox {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly dir: string,
    private readonly clock: () => number = Date.now,
    private readonly linkMs: number = LINK_MS,
  ) {}

  /** A fresh path in the temporary space for a builder to write to. */
  reservePath(): string {
    return join(this.dir, newFileId());
  }

  /** Offers a file a builder wrote at `path` (from `reservePath`); the outbox now owns it. */
  async offerFile(path: string, fileName: string, mimeType: string): Promise<OutgoingFile> {
    this.sweep();
    const { size } = await stat(path);
    return this.offer({ path }, { fileName: displayName(fileName), size, mimeType });
  }

  /** Offers bytes read only when the link is used (a stored evidence file). */
  offerStored(read: () => Buffer, meta: Omit<OutgoingFile, 'id'>): OutgoingFile {
    this.sweep();
    return this.offer({ read }, { ...meta, fileName: displayName(meta.fileName) });
  }

  private offer(source: Source, meta: Omit<OutgoingFile, 'id'>): OutgoingFile {
    const file = { id: newFileId(), ...meta };
    this.entries.set(file.id, { file, source, expires: this.clock() + this.linkMs });
    return file;
  }

  /** What a link names, without using it up (for the save dialog's suggested name). */
  peek(id: string): OutgoingFile {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry) throw gone(id);
    return entry.file;
  }

  /** The bytes behind a link, read without using it up (to sign a file before it is saved). */
  peekStream(id: string): Readable {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry) throw gone(id);
    const { source } = entry;
    return 'read' in source ? ReadableStream.from([source.read()]) : createReadStream(source.path);
  }

  /**
   * Uses a link: its bytes as a stream, after which it is gone. The temporary file is removed
   * when the stream closes, read to the end or not.
   */
  take(id: string): { file: OutgoingFile; stream: () => Readable } | null {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry) return null;
    this.entries.delete(id);
    const { source } = entry;
    return {
      file: entry.file,
      stream: () => {
        if ('read' in source) return ReadableStream.from([source.read()]);
        const stream = createReadStream(source.path);
        stream.once('close', () => void rm(source.path, { force: true }));
        return stream;
      },
    };
  }

  /** Electron's save: the file goes to `target` atomically and the link is used up. */
  async deliverTo(id: string, target: string): Promise<void> {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry) throw gone(id);
    this.entries.delete(id);
    const { source } = entry;
    try {
      if ('read' in source) await writeBytesAtomically(target, source.read());
      else await moveIntoPlace(source.path, target);
    } catch (error) {
      // Not delivered: the link stays usable, so the user can choose another folder.
      this.entries.set(id, entry);
      throw error;
    }
  }

  /** Removes links past their time, with their temporary files. */
  sweep(): void {
    const now = this.clock();
    for (const [id, entry] of this.entries) {
      if (entry.expires > now) continue;
      this.entries.delete(id);
      if ('path' in entry.source) void rm(entry.source.path, { force: true });
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
