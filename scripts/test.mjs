// `npm test`: build, run the unit tests (vitest) and the browser tests (Playwright), then print
// one closing line with the totals of both, e.g. "Tests: 97 passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const work = mkdtempSync(join(tmpdir(), 'xingping-test-'));

function run(args, env = {}) {
  const result = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let failedSteps = 0;
if (run(['electron-vite', 'build']) !== 0) {
  console.error('Build failed.');
  process.exit(1);
}

const vitestJson = join(work, 'vitest.json');
failedSteps +=
  run([
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ]) === 0
    ? 0
    : 1;
const playwrightJson = join(work, 'playwright.json');
failedSteps +=
  run(['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }) === 0 ? 0 : 1;

const unit = readJson(vitestJson);
const e2e = readJson(playwrightJson);
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;
const e2ePassed = e2e?.stats?.expected ?? 0;
const e2eFailed = e2e ? (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) : 1;
const skipped =
  (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
rmSync(work, { recursive: true, force: true });

console.log(`\nUnit (vitest): ${unitPassed} passed, ${unitFailed} failed`);
console.log(`Browser (Playwright): ${e2ePassed} passed, ${e2eFailed} failed`);
const failed = unitFailed + e2eFailed;
console.log(
  `Tests: ${unitPassed + e2ePassed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);
