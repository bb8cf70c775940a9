import { rm } from 'node:fs/promises';
import type { OutgoingFile } from '../../shared/domain/views/files';
import { Inbox } from './inbox';
import { mimeTypeOf } from './mime';
import { Outbox } from './outbox';
import type { TransferDir } from './transfer-dir';
import { openTransferDir } from './transfer-dir';

/**
 * The file transport main holds for every host (`ctx.files`): files the user chose (`inbox`)
 * and files built for the user (`outbox`), in this process's temporary space beside the
 * database. Hosts differ only in how bytes reach these: Electron by dialogs and paths, the web
 * host by streamed request and response bodies.
 */
export interface FileTransfers {
  inbox: Inbox;
  outbox: Outbox;
  /**
   * Builds a file for the user: `build` writes to the path it gets and answers the name the
   * user will see; on success the file is offered behind a one-time link, on failure (or a
   * cancelled job) it is removed.
   */
  produce(build: (path: string) => Promise<string>): Promise<OutgoingFile>;
  /** Removes the temporary space (at shutdown). */
  close(): void;
}

export interface TransferOptions {
  clock?: () => number;
  holdMs?: number;
  linkMs?: number;
}

export function createFileTransfers(
  dataFile: string,
  options: TransferOptions = {},
): FileTransfers {
  const dir: TransferDir = openTransferDir(dataFile);
  const inbox = new Inbox(dir.incoming, options.clock, options.holdMs);
  const outbox = new Outbox(dir.outgoing, options.clock, options.linkMs);
  // Expired holds and links are also swept on every use; this catches an idle app.
  const timer = setInterval(() => {
    inbox.sweep();
    outbox.sweep();
  }, 60_000);
  timer.unref();
  return {
    inbox,
    outbox,
    async produce(build) {
      const path = outbox.reservePath();
      let fileName: string;
      try {
        fileName = await build(path);
      } catch (error) {
        await rm(path, { force: true });
        throw error;
      }
      return outbox.offerFile(path, fileName, mimeTypeOf(fileName));
    },
    close: () => {
      clearInterval(timer);
      dir.close();
    },
  };
}
