import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built worker is. electron-vite emits it as `out/main/worker.js` beside the app's
 * and the CLI's entries; code bundled into `out/main` (or a chunk below it), the bench in
 * `out/bench` and the sources under test all find it from where they are.
 */
export function resolveWorkerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.XINGPING_WORKER_FILE,
    join(here, 'worker.js'),
    join(here, '..', 'worker.js'),
    join(here, '..', 'main', 'worker.js'),
    resolve(here, '..', '..', 'out', 'main', 'worker.js'),
  ].filter((path): path is string => typeof path === 'string' && path !== '');
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The worker (out/main/worker.js) is missing: run npm run build`);
  return found;
}
