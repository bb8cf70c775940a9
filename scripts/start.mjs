// `npm start`: the desktop app (electron-vite preview). Electron's own program is a separate
// download; on a machine without it (offline, ELECTRON_SKIP_BINARY_DOWNLOAD, a failed install)
// say what failed and how to use the browser version, instead of a bare "fetch failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../shared/locales/en.json' with { type: 'json' };
import zh from '../shared/locales/zh-CN.json' with { type: 'json' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Tests point this at a folder without Electron, so they never start the real one.
const electronDir = process.env.XINGPING_ELECTRON_DIR ?? join(root, 'node_modules', 'electron');

/** Chinese unless the terminal's locale says otherwise (as the CLI decides). */
function words() {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  const english = locale !== '' && !locale.toLowerCase().startsWith('zh');
  return (english ? en : zh).cli;
}

/** Why Electron's program is not there, or null when it is. */
function electronProblem() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  if (!existsSync(join(electronDir, 'package.json'))) return 'not-installed';
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return 'not-downloaded';
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? null : 'not-downloaded';
}

function fail(reason, detail) {
  const w = words();
  console.error(w.electronMissing.replace('{{reason}}', w.electronReason[reason] + (detail ?? '')));
  process.exit(1);
}

let problem = electronProblem();
if (problem === 'not-downloaded' && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  // One try at the download Electron's installer would have made.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  problem = electronProblem();
  if (problem !== null) {
    const last = (install.stderr ?? '').trim().split('\n')[0] ?? '';
    fail('download-failed', last ? `: ${last}` : '');
  }
}
if (problem !== null) fail(problem);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const preview = spawnSync(npx, ['electron-vite', 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(preview.status ?? 1);
