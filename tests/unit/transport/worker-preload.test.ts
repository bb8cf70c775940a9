import { describe, expect, it } from 'vitest';
import { loadTasksUntil } from '../../../electron/jobs/registry';

/** Tasks whose code "loads" by noting its name, in the order asked. */
function fakeTasks(names: string[]) {
  const loaded: string[] = [];
  const tasks = names.map((name) => ({
    preload: true,
    load: () => {
      loaded.push(name);
      return Promise.resolve();
    },
  }));
  return { tasks, loaded };
}

describe('a worker loading its tasks’ code while it waits', () => {
  it('loads every task while no request has come (a warm spare)', async () => {
    const { tasks, loaded } = fakeTasks(['a', 'b', 'c']);
    expect(await loadTasksUntil(() => false, tasks)).toBe(3);
    expect(loaded).toEqual(['a', 'b', 'c']);
  });

  it('stops once the request has come, so the job waits only for its own code', async () => {
    const { tasks, loaded } = fakeTasks(['exceljs', 'docx', 'zip', 'sqlite']);
    expect(await loadTasksUntil(() => loaded.length >= 2, tasks)).toBe(2);
    expect(loaded).toEqual(['exceljs', 'docx']);
    const again = fakeTasks(['exceljs', 'docx']);
    expect(await loadTasksUntil(() => true, again.tasks)).toBe(0);
    expect(again.loaded).toEqual([]);
  });

  it('lets a request in between two tasks’ code (one task per turn of the event loop)', async () => {
    const { tasks, loaded } = fakeTasks(['a', 'b', 'c', 'd']);
    let requested = false;
    const loading = loadTasksUntil(() => requested, tasks);
    // A request arriving as a macrotask after the first turn stops the rest.
    setImmediate(() => setImmediate(() => (requested = true)));
    const count = await loading;
    expect(count).toBeLessThan(4);
    expect(loaded).toHaveLength(count);
  });

  it('a code that fails to load does not stop the others (its task fails when it runs)', async () => {
    const loaded: string[] = [];
    const tasks = [
      { preload: true, load: () => Promise.reject(new Error('broken chunk')) },
      {
        preload: true,
        load: () => {
          loaded.push('b');
          return Promise.resolve();
        },
      },
    ];
    expect(await loadTasksUntil(() => false, tasks)).toBe(2);
    expect(loaded).toEqual(['b']);
  });

  it('leaves the code of a task not marked preload to its own job', async () => {
    const { tasks, loaded } = fakeTasks(['export', 'rubric', 'check']);
    tasks[1]!.preload = false;
    expect(await loadTasksUntil(() => false, tasks)).toBe(2);
    expect(loaded).toEqual(['export', 'check']);
  });
});
