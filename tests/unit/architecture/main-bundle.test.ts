import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support';
import { packagesLoadedAtStart, packagesRequiredBy } from './built-requires';

/**
 * Workbooks and Word documents are read and built in worker threads (`jobs/task.ts`): their
 * libraries must not load in the main process, where they cost about 50 MB and start-up time
 * for code main never runs. One static import of a task's code on main's side brings them back.
 */
const WORKER_ONLY = ['exceljs', 'docx', 'saxes'];

describe('what the main process loads as it starts', () => {
  it('follows top-level requires through chunks and leaves the lazy ones', () => {
    const temp = tempDir();
    const dir = temp.dir;
    const write = (name: string, text: string) => {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    };
    write('entry.js', 'const a = require("./chunks/a.js");\nlet fs = require("node:fs");\n');
    write(
      'chunks/a.js',
      'require("./b.js");\nvar t = () => Promise.resolve().then(() => require("./lazy.js"));\n',
    );
    write('chunks/b.js', 'let exceljs = require("exceljs");\n');
    write('chunks/lazy.js', 'let docx = require("docx");\n');
    expect([...packagesLoadedAtStart(join(dir, 'entry.js'))].sort()).toEqual([
      'exceljs',
      'node:fs',
    ]);
    temp.cleanup();
  });

  // Read from the build, which `npm test` makes first (the worker tests need it too).
  it.each(['index.js', 'cli.js'])(
    'out/main/%s loads no workbook or document library (only workers do)',
    (entry) => {
      const loaded = packagesLoadedAtStart(resolve('out/main', entry));
      expect(loaded.has('better-sqlite3')).toBe(true);
      expect(WORKER_ONLY.filter((name) => loaded.has(name))).toEqual([]);
    },
  );

  // electron-vite bundles every package that is not a production dependency. zod is bundled on
  // purpose: required from node_modules it loads its 64 locale modules, ~11 MB in main and in
  // every worker (docs/architecture.md, "Heavy work in workers").
  it('leaves only production dependencies to node_modules, and bundles zod', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const required = packagesRequiredBy('out/main');
    expect(required.has('better-sqlite3')).toBe(true);
    expect([...required].filter((name) => !(name in manifest.dependencies))).toEqual([]);
    expect(required.has('zod')).toBe(false);
  });
});
