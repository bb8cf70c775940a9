import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';

/** Every JavaScript file of a build folder (`out/main`: its entries and `chunks/`). */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
}

/**
 * Every package some file of the build requires, at the top or inside a function (a lazy
 * `import()`): what the build leaves to `node_modules`. Node's built-ins and electron aside.
 */
export function packagesRequiredBy(dir: string): Set<string> {
  const packages = new Set<string>();
  for (const file of builtFiles(dir)) {
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/\brequire\("([^".][^"]*)"\)/g)) {
      const parts = target!.split('/');
      const name = target!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      if (!isBuiltin(target!) && name !== 'electron') packages.add(name);
    }
  }
  return packages;
}

/**
 * The packages a built CommonJS file loads as it is required: its top-level `require`s,
 * followed through its own chunks. A `require` inside a function (what a dynamic `import()`
 * becomes in the build) loads only when called, so it is not followed.
 */
export function packagesLoadedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const found = /^(?:(?:const|let|var) [\w$]+ = )?require\("([^"]+)"\)/.exec(line);
      if (!found) continue;
      const target = found[1]!;
      if (target.startsWith('.')) visit(join(dirname(file), target));
      else packages.add(target);
    }
  };
  visit(entry);
  return packages;
}

/**
 * Each worker task's declaration in a built chunk (`task("name", () => …require("./x.js")…`),
 * with the chunks its code loader requires: the text from the declaration to the next
 * top-level statement, comment or declaration.
 */
export function builtTaskLoaders(chunkFile: string): Map<string, string[]> {
  const text = readFileSync(chunkFile, 'utf8');
  const tasks = new Map<string, string[]>();
  for (const found of text.matchAll(/\btask\("([^"]+)",/g)) {
    const rest = text.slice(found.index + found[0].length);
    const end = rest.search(/\n(?:\/\*\*|\/\/|var |let |const |function |export )/);
    const declaration = end === -1 ? rest : rest.slice(0, end);
    const chunks = [...declaration.matchAll(/require\("(\.[^"]+)"\)/g)].map((m) =>
      join(dirname(chunkFile), m[1]!),
    );
    tasks.set(found[1]!, chunks);
  }
  return tasks;
}
