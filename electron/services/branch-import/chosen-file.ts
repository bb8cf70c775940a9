import { stat } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { Grid } from './grid';
import { arrayGrid } from './grid';
import type { ReadFile } from './read-file';
import { readBranchList } from './tasks';

/** A chosen list as main uses it: the file's name, its sheets as grids or its one problem. */
export interface ChosenList {
  fileName: string;
  format: ReadFile['format'];
  encoding: ReadFile['encoding'];
  grids: Grid[];
  problem: ReadFile['problem'];
}

/**
 * The last list read, by file and its size and time. The wizard previews a file several times
 * (sheet and column changes) and then applies it; the file is read in a worker the first time
 * and again only when it changed on disk.
 */
let lastRead: { key: string; list: ChosenList } | null = null;

/** Drops the remembered parse (after an import, nothing will ask for it again). */
export function forgetLastRead(): void {
  lastRead = null;
}

export async function readChosenList(
  ctx: ServiceContext,
  fileId: string,
  jobId: string | undefined,
): Promise<ChosenList> {
  const held = ctx.files.inbox.use(fileId, 'import');
  const { mtimeMs, size } = await stat(held.path).catch(() => {
    throw new AppError('NOT_FOUND', `${held.fileName} is no longer there`, {
      entity: 'file',
      fileName: held.fileName,
    });
  });
  const key = `${held.id}\0${size}\0${mtimeMs}`;
  if (lastRead?.key === key) return lastRead.list;
  const read = await ctx.jobs.run(
    readBranchList,
    { path: held.path, fileName: held.fileName },
    { jobId, fileName: held.fileName },
  );
  const list: ChosenList = {
    fileName: held.fileName,
    format: read.format,
    encoding: read.encoding,
    grids: read.sheets.map((sheet) => arrayGrid(sheet.name, sheet.rows)),
    problem: read.problem,
  };
  lastRead = { key, list };
  return list;
}
