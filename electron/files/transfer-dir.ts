import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The temporary space of this process in the data folder: `<database>.transfer/<pid>-<random>/`
 * with `in/` (uploads) and `out/` (files built for the user). Beside the database, so a
 * finished export is renamed, not copied, when the user saves it on the same disk.
 */
export interface TransferDir {
  incoming: string;
  outgoing: string;
  /** Removes this process's folder and everything in it. */
  close(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders left by processes that are gone (a crash, a kill -9) are removed at start. */
function removeStale(base: string): void {
  for (const name of readdirSync(base)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      rmSync(join(base, name), { recursive: true, force: true });
    }
  }
}

export function openTransferDir(dataFile: string): TransferDir {
  const base =
    dataFile === ':memory:' ? join(tmpdir(), 'xingping-transfer') : `${dataFile}.transfer`;
  mkdirSync(base, { recursive: true });
  removeStale(base);
  const own = join(base, `${process.pid}-${randomBytes(4).toString('hex')}`);
  const incoming = join(own, 'in');
  const outgoing = join(own, 'out');
  mkdirSync(incoming, { recursive: true });
  mkdirSync(outgoing, { recursive: true });
  return {
    incoming,
    outgoing,
    close: () => {
      rmSync(own, { recursive: true, force: true });
      try {
        rmdirSync(base);
      } catch {
        // Another process still uses it, or it holds something else: leave it.
      }
    },
  };
}
