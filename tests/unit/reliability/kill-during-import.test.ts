import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/integrity';
import { tempDir } from '../support';

/**
 * Row 1 of the reliability table: the app killed (`SIGKILL`, as a power cut or the task manager
 * would) during a large branch-list import. The web host (`xingping serve`, the same services as
 * the desktop app) imports 2,000-branch lists of new townships. A first import runs to the end
 * and gives the earlier data and the import's length T (from the call to its answer: reading the
 * file in a worker, the backup before the import, the one write transaction). Each later import
 * is killed at a fraction of T, from 5 % to 150 %, densest near its end where the write is, so the kills spread over the whole import:
 * before the write, inside the write transaction, after the commit. (A point chosen by the
 * import's own progress cannot land inside the write: the transaction holds the main thread, so
 * the event saying it starts reaches us only after the commit.) After every kill the file must
 * open with `integrity_check` ok and an intact audit chain, hold either none or all of that list,
 * and keep every earlier row as it was. No assertion depends on where a kill lands.
 */

const bin = resolve('bin/xingping.js');
const LIST_SIZE = 2_000;
const TOWNSHIPS = 8;
/** Where each killed import is stopped, as a fraction of the calibrating import's length. */
const KILL_AT = [
  0.05, 0.25, 0.45, 0.6, 0.7, 0.78, 0.84, 0.88, 0.92, 0.95, 0.98, 1.01, 1.05, 1.1, 1.2, 1.5,
];

let tmp: ReturnType<typeof tempDir>;
let dataFile: string;
let countyId: string;

interface Served {
  child: ChildProcess;
  origin: string;
  token: string;
  exited: Promise<NodeJS.Signals | null>;
}

async function serve(): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', dataFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.once('exit', (_code, signal) => done(signal)),
  );
  const first = await new Promise<string>((line, fail) => {
    createInterface({ input: child.stdout }).once('line', line);
    void exited.then(() => fail(new Error('serve exited before printing its address')));
  });
  const url = new URL(first);
  return { child, origin: url.origin, token: url.searchParams.get('token') ?? '', exited };
}

/** 青山县's list for run `run`: townships and villages no earlier run created. */
function listFor(run: number): string {
  const lines = ['乡镇,党组织名称,类型'];
  for (let i = 0; i < LIST_SIZE; i += 1)
    lines.push(`第${run + 1}片区${(i % TOWNSHIPS) + 1}镇,青山${run + 1}-${i + 1}村党支部,农村`);
  return `${lines.join('\n')}\n`;
}

async function upload(app: Served, csv: string): Promise<string> {
  const name = encodeURIComponent('青山县支部名单.csv');
  const response = await fetch(`${app.origin}/__xingping/upload?kind=import&name=${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}` },
    body: Buffer.from(csv, 'utf8'),
  });
  const body = (await response.json()) as { ok: boolean; data?: { id: string } };
  if (!body.ok || body.data === undefined) throw new Error(`upload: ${JSON.stringify(body)}`);
  return body.data.id;
}

/** Starts the import; answers its envelope, or null when the server died first. */
function apply(app: Served, fileId: string, jobId: string): Promise<unknown> {
  return fetch(`${app.origin}/api/branchImport.apply`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      countyId,
      fileId,
      mapping: { township: 1, name: 2, type: 3 },
      onExisting: 'update',
      skipInvalid: false,
      jobId,
    }),
  })
    .then((response) => response.json())
    .catch(() => null);
}

interface Snapshot {
  check: string;
  chain: boolean;
  units: Map<string, string>;
  importAudits: number;
}

/** The file as the next start will find it (a normal connection: the WAL is recovered). */
function snapshot(): Snapshot {
  const db = new Database(dataFile);
  try {
    const [check] = db.pragma('integrity_check', { simple: false }) as {
      integrity_check: string;
    }[];
    const rows = db
      .prepare('SELECT id, parent_id, kind, name, sort_order FROM org_units ORDER BY id')
      .all() as { id: string }[];
    const { n } = db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import-create'")
      .get() as { n: number };
    return {
      check: check?.integrity_check ?? '',
      chain: verifyAuditChain(db).intact,
      units: new Map(rows.map((row) => [row.id, JSON.stringify(row)])),
      importAudits: n,
    };
  } finally {
    db.close();
  }
}

beforeAll(() => {
  tmp = tempDir();
  dataFile = join(tmp.dir, '青山县.sqlite');
  const init = spawnSync(
    process.execPath,
    [bin, 'init', '--db', dataFile, '--county', '青山县', '--operator', '组织部 李明'],
    { encoding: 'utf8' },
  );
  expect(init.status, init.stderr).toBe(0);
  const db = new Database(dataFile, { readonly: true });
  try {
    countyId = (
      db.prepare("SELECT id FROM org_units WHERE kind = 'county'").get() as { id: string }
    ).id;
  } finally {
    db.close();
  }
});
afterAll(() => tmp.cleanup());

/** One import through a fresh server, killed after `killAfterMs` (never when null). */
async function importKilledAfter(
  run: number,
  killAfterMs: number | null,
): Promise<{ answered: boolean; ms: number; killed: boolean }> {
  const app = await serve();
  const fileId = await upload(app, listFor(run));
  const started = performance.now();
  const timer =
    killAfterMs === null ? undefined : setTimeout(() => app.child.kill('SIGKILL'), killAfterMs);
  const answer = (await apply(app, fileId, randomUUID())) as { ok?: boolean } | null;
  const ms = performance.now() - started;
  // Not killed yet (the import was quicker this time): kill it now, after its answer.
  if (killAfterMs !== null && app.child.exitCode === null && app.child.signalCode === null)
    await new Promise((wait) => setTimeout(wait, Math.max(0, killAfterMs - ms)));
  clearTimeout(timer);
  app.child.kill(killAfterMs === null ? 'SIGTERM' : 'SIGKILL');
  const signal = await app.exited;
  return { answered: answer?.ok === true, ms, killed: signal === 'SIGKILL' };
}

function added(before: Snapshot, after: Snapshot, label: string): number {
  expect(after.check, label).toBe('ok');
  expect(after.chain, `${label}: audit chain`).toBe(true);
  for (const [id, row] of before.units) expect(after.units.get(id), label).toBe(row);
  const count = after.units.size - before.units.size;
  // All or nothing: the list's townships and villages, and one audit line for each.
  expect([0, LIST_SIZE + TOWNSHIPS], label).toContain(count);
  expect(after.importAudits - before.importAudits, label).toBe(count);
  return count;
}

describe('the app killed during a large branch-list import', () => {
  it('leaves the whole list or none of it, every earlier row unchanged, the file whole', async () => {
    const first = snapshot();
    const calibration = await importKilledAfter(0, null);
    expect(calibration.answered).toBe(true);
    expect(added(first, snapshot(), 'calibration')).toBe(LIST_SIZE + TOWNSHIPS);

    const outcomes: string[] = [];
    for (const [i, fraction] of KILL_AT.entries()) {
      const run = i + 1;
      const before = snapshot();
      const at = Math.round(calibration.ms * fraction);
      const result = await importKilledAfter(run, at);
      expect(result.killed, `run ${run}`).toBe(true);
      const count = added(before, snapshot(), `run ${run} killed at ${at} ms`);
      // An import that answered "done" was stored, whatever came after.
      if (result.answered) expect(count, `run ${run}: answered but not stored`).toBeGreaterThan(0);
      outcomes.push(`${at}ms:${count > 0 ? 'all' : 'none'}`);
    }
    // The last kill comes after the calibrated length: most often all was stored by then, but a
    // slower run may still be reading; the earliest kill never stores anything.
    expect(outcomes[0], `T=${Math.round(calibration.ms)} ms, ${outcomes.join(' ')}`).toMatch(
      /:none$/,
    );
  }, 600_000);
});
