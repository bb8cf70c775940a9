import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TASK_NAMES, findTask } from '../../../electron/jobs/registry';
import { tempDir } from '../support';
import { builtFiles, builtTaskLoaders, packagesLoadedAtStart } from './built-requires';

/** The libraries a spare worker must not load ahead (`TaskOptions.preload`, jobs/task.ts). */
const HEAVY = ['exceljs', 'docx'];

/** Every task's code loader as built, by task name, from every chunk of the main build. */
function builtLoaders(dir: string): Map<string, string[]> {
  const loaders = new Map<string, string[]>();
  for (const file of builtFiles(dir))
    for (const [name, chunks] of builtTaskLoaders(file)) loaders.set(name, chunks);
  return loaders;
}

function heavyLibraries(chunks: readonly string[]): string[] {
  const loaded = new Set(chunks.flatMap((chunk) => [...packagesLoadedAtStart(chunk)]));
  return HEAVY.filter((name) => loaded.has(name));
}

describe('which tasks a spare worker loads ahead', () => {
  it('finds each task’s loader and the chunks it requires, one or several', () => {
    const temp = tempDir();
    const write = (name: string, text: string) => {
      mkdirSync(join(temp.dir, name, '..'), { recursive: true });
      writeFileSync(join(temp.dir, name), text);
    };
    write(
      'chunks/tasks.js',
      [
        'var a = task("a.one", () => Promise.resolve().then(() => require("./one.js")), (x) => x);',
        '/** a comment */',
        'var b = task("b.two", async () => {',
        '\tconst [p, q] = await Promise.all([Promise.resolve().then(() => require("./p.js")), Promise.resolve().then(() => require("./q.js"))]);',
        '\treturn { p, q };',
        '}, (code) => code);',
        'var other = require("./not-a-task.js");',
      ].join('\n'),
    );
    write('chunks/one.js', 'let exceljs = require("exceljs");\n');
    write('chunks/p.js', 'let zod = require("zod");\n');
    write('chunks/q.js', 'const r = require("./r.js");\n');
    write('chunks/r.js', 'let docx = require("docx");\n');
    const loaders = builtTaskLoaders(join(temp.dir, 'chunks/tasks.js'));
    expect([...loaders.keys()]).toEqual(['a.one', 'b.two']);
    expect(heavyLibraries(loaders.get('a.one')!)).toEqual(['exceljs']);
    expect(heavyLibraries(loaders.get('b.two')!)).toEqual(['docx']);
    temp.cleanup();
  });

  // Read from the build, which `npm test` makes first. A task marked `preload: false` whose code
  // no longer needs exceljs or docx makes its jobs wait for nothing; one left preloaded that
  // does brings them into every worker (an export's, a backup check's).
  it('preloads exactly the tasks whose built code needs neither exceljs nor docx', () => {
    const loaders = builtLoaders(resolve('out/main'));
    const wrong: string[] = [];
    const heavy: string[] = [];
    for (const name of TASK_NAMES) {
      const chunks = loaders.get(name);
      expect(chunks, `task ${name} not found in the build`).toBeDefined();
      expect(chunks!.length, `task ${name}'s loader requires no chunk`).toBeGreaterThan(0);
      const libraries = heavyLibraries(chunks!);
      if (libraries.length > 0) heavy.push(name);
      if (findTask(name).preload !== (libraries.length === 0))
        wrong.push(
          `${name}: preload ${String(findTask(name).preload)}, loads ${libraries.join(', ') || 'neither'}`,
        );
    }
    expect(wrong).toEqual([]);
    // Both kinds exist, so the check above compared something.
    expect(heavy.length).toBeGreaterThan(0);
    expect(heavy.length).toBeLessThan(TASK_NAMES.length);
  });
});
