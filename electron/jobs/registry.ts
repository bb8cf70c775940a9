import { checkBackupTask } from '../services/backups/tasks';
import { readBranchList } from '../services/branch-import/tasks';
import { buildPackageTask, mergePackageTask } from '../services/exchange/tasks';
import { buildExportTask } from '../services/exports/tasks';
import { buildMinutesTask } from '../services/meetings/tasks';
import {
  buildNamingWorkbookTask,
  buildPublicationDocumentTask,
} from '../services/publication/tasks';
import { readRubricFile, writeRubricFile } from '../services/rubrics/tasks';
import { readTemplateFile, writeTemplateFile } from '../services/score-templates/tasks';
import type { Task } from './task';

/**
 * Every task a worker can run, by name. Each capability declares its own in its `tasks.ts`
 * (public to the worker, as `handlers.ts` is to the kernel; not in its index, so importing a
 * capability does not load the workbook code); listing them here makes them reachable.
 */
// A task's input and output types differ per task; here they are only looked up by name.
type AnyTask = Task<never, unknown>;

const TASKS: readonly AnyTask[] = [
  readBranchList,
  readRubricFile,
  writeRubricFile,
  readTemplateFile,
  writeTemplateFile,
  buildExportTask,
  buildMinutesTask,
  buildPublicationDocumentTask,
  buildNamingWorkbookTask,
  checkBackupTask,
  mergePackageTask,
  buildPackageTask,
];

const BY_NAME = new Map(TASKS.map((t) => [t.name, t]));

/** The task of this name; the names are checked unique by a unit test. */
export function findTask(name: string): Task<unknown, unknown> {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`No worker task named ${name}`);
  return found;
}

export const TASK_NAMES = TASKS.map((t) => t.name);

/**
 * Loads the code of every task marked `preload` (all but those needing exceljs or docx, see
 * `TaskOptions`), one task per turn of the event loop, until `stop()` says a request has come:
 * a spare worker then runs an export, a backup's check or a list's reading warm, while a
 * request that comes first (a fresh worker's, or a spare's while it is still loading) waits
 * only for its own task's code. A code that fails to load fails its own task, with its error,
 * when that task runs.
 */
export async function loadTasksUntil(
  stop: () => boolean,
  tasks: readonly Pick<AnyTask, 'load' | 'preload'>[] = TASKS,
): Promise<number> {
  let loaded = 0;
  for (const t of tasks) {
    if (!t.preload) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (stop()) break;
    await t.load().catch(() => undefined);
    loaded += 1;
  }
  return loaded;
}
