import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built worker is. electron-vite emits it as `out/main/worker.js` beside the app's
 * and the CLI's entries; code bundled into `out/main` (or a chunk below it), the bench in
 * `out/bench` and the sources under test all find it from where they are.
 */
export function resolveWorkerFile(): string {
  const candidates: string[] = [];
  if (process.env.XINGPING_WORKER_FILE) candidates.push(process.env.XINGPING_WORKER_FILE);
  // out/main/index.js → out/main; a chunk → out/main/chunks; the bench → out/bench(/assets);
  // the sources under test → electron/jobs: look in each folder above for the built worker.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    candidates.push(join(dir, 'worker.js'), join(dir, 'main', 'worker.js'));
    candidates.push(join(dir, 'out', 'main', 'worker.js'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The worker (out/main/worker.js) is missing: run npm run build`);
  return found;
}
