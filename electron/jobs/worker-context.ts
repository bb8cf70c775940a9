import type { ServiceContext } from '../services/context';
import { createContext, detachedParts } from '../services/context';
import type { Store } from '../store/open';
import { openReadOnlyStore, openWorkerStore } from '../store/open';
import type { TaskEnv } from './task';

/** Runs `work` on a connection of the task's own, closed after it, as the call's operator. */
function withConnection<T>(
  env: TaskEnv,
  open: (file: string) => Store,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  if (env.dataFile === ':memory:')
    throw new Error('A worker cannot open an in-memory database; use a data file');
  const db = open(env.dataFile);
  const ctx = createContext(db, env.info, detachedParts('a worker thread'), {
    actor: env.actor,
    now: () => env.now,
  });
  return work(ctx).finally(() => db.close());
}

/**
 * A task's read-only view of the data (a worker building an export from the database): its
 * own connection, opened read-only, with the clock and actor of the call that started it.
 * Services run on it read as on main; a write fails at once.
 */
export function withReadOnlyContext<T>(
  env: TaskEnv,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return withConnection(env, (file) => openReadOnlyStore(file), work);
}

/**
 * A task's own connection that may write (an exchange package merged in a worker), with the
 * actor and clock of the call that started it: its writes go through the same write path and
 * audit chain as main's. Only for a task that main has made the file's one writer
 * (`holdWrites` on main's connection for the task's length).
 */
export function withWritableContext<T>(
  env: TaskEnv,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return withConnection(env, (file) => openWorkerStore(file), work);
}
