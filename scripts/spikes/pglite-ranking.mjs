// Spike for docs/scale-out.md: the ranking's read of one round, on SQLite (better-sqlite3, as
// the app runs today) and on PGlite (PostgreSQL compiled to WASM, in process), with the same
// generated data. Not part of the app or the tests; PGlite is NOT a dependency of the project.
//
//   mkdir -p /tmp/pglite-spike && cd /tmp/pglite-spike && npm init -y && npm i @electric-sql/pglite
//   PGLITE_DIR=/tmp/pglite-spike node scripts/spikes/pglite-ranking.mjs [branches] [evaluators] [items]
//
// Three reads of a round's submitted sheets, as the ranking does them or could:
//   per-sheet  today's fallback: the sheet list, then one query per sheet for its score rows
//   packs      today's usual path: one row per sheet with its packed scores (a BLOB / bytea)
//   one-join   the set-based read a server engine wants: sheets joined to scores, one query
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const pgliteDir = process.env.PGLITE_DIR;
if (!pgliteDir)
  throw new Error('Set PGLITE_DIR to a folder where @electric-sql/pglite is installed');
const { PGlite } = await import(
  path.join(pgliteDir, 'node_modules/@electric-sql/pglite/dist/index.js')
);

const [branches = 400, evaluators = 3, items = 60] = process.argv.slice(2).map(Number);
const ROUND = 'round-1';

/** Sheets and score rows of one round: every branch scored by every evaluator. */
function* generate() {
  for (let b = 0; b < branches; b++) {
    for (let e = 0; e < evaluators; e++) {
      const id = `s-${b}-${e}`;
      const scores = [];
      for (let i = 0; i < items; i++)
        scores.push([`I${i}`, (b * 7 + e * 3 + i) % 500, i % 17 === 0 ? 0 : null]);
      yield {
        id,
        branch: `b-${String(b).padStart(6, '0')}`,
        evaluator: `e-${e}`,
        packed: randomBytes(items * 3),
        scores,
      };
    }
  }
}

const DDL = (blob) => `
  CREATE TABLE score_sheets (id TEXT PRIMARY KEY, round_id TEXT NOT NULL, branch_id TEXT NOT NULL,
    evaluator_id TEXT, status TEXT NOT NULL, packed ${blob});
  CREATE UNIQUE INDEX sheets_round ON score_sheets (round_id, branch_id, evaluator_id);
  CREATE TABLE scores (sheet_id TEXT NOT NULL, item_code TEXT NOT NULL, points INTEGER NOT NULL,
    fact INTEGER, PRIMARY KEY (sheet_id, item_code));`;

const SHEETS = `SELECT id, branch_id, status, packed, evaluator_id FROM score_sheets
  WHERE round_id = $1 AND status = 'submitted' ORDER BY branch_id`;
const ROWS = 'SELECT item_code, points, fact FROM scores WHERE sheet_id = $1';
const JOINED = `SELECT s.branch_id, s.evaluator_id, sc.item_code, sc.points, sc.fact
  FROM score_sheets s JOIN scores sc ON sc.sheet_id = s.id
  WHERE s.round_id = $1 AND s.status = 'submitted' ORDER BY s.branch_id, s.id`;

/** Runs `fn` `runs` times; prints the first (cold) and the best (warm) time. */
async function time(label, fn, runs = 3) {
  const times = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    count = await fn();
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  console.log(
    `${label.padEnd(20)} cold ${times[0].toFixed(0).padStart(6)} ms  warm ${best.toFixed(0).padStart(6)} ms  (${count} rows)`,
  );
}

async function sqlite() {
  const db = new Database(':memory:');
  db.exec(DDL('BLOB'));
  const sheet = db.prepare('INSERT INTO score_sheets VALUES (?, ?, ?, ?, ?, ?)');
  const score = db.prepare('INSERT INTO scores VALUES (?, ?, ?, ?)');
  await time(
    'sqlite load',
    () => {
      let n = 0;
      db.transaction(() => {
        for (const s of generate()) {
          sheet.run(s.id, ROUND, s.branch, s.evaluator, 'submitted', s.packed);
          for (const [item, points, fact] of s.scores) {
            score.run(s.id, item, points, fact);
            n++;
          }
        }
      })();
      return n;
    },
    1,
  );
  const q = (sql) => db.prepare(sql.replaceAll('$1', '?')).raw();
  const rows = q(ROWS);
  await time('sqlite per-sheet', () => {
    let n = 0;
    for (const [id] of q(SHEETS).all(ROUND)) n += rows.all(id).length;
    return n;
  });
  await time('sqlite packs', () => q(SHEETS).all(ROUND).length);
  await time('sqlite one-join', () => q(JOINED).all(ROUND).length);
  db.close();
}

async function pglite() {
  const pg = await PGlite.create();
  await pg.exec(DDL('BYTEA'));
  await time(
    'pglite load',
    async () => {
      let n = 0;
      await pg.transaction(async (tx) => {
        for (const s of generate()) {
          await tx.query('INSERT INTO score_sheets VALUES ($1, $2, $3, $4, $5, $6)', [
            s.id,
            ROUND,
            s.branch,
            s.evaluator,
            'submitted',
            s.packed,
          ]);
          // One multi-row insert per sheet: a round trip per score row would dominate.
          const values = s.scores
            .map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`)
            .join(', ');
          await tx.query(`INSERT INTO scores VALUES ${values}`, [s.id, ...s.scores.flat()]);
          n += s.scores.length;
        }
      });
      return n;
    },
    1,
  );
  await pg.exec('ANALYZE');
  const opts = { rowMode: 'array' };
  await time('pglite per-sheet', async () => {
    let n = 0;
    for (const [id] of (await pg.query(SHEETS, [ROUND], opts)).rows)
      n += (await pg.query(ROWS, [id], opts)).rows.length;
    return n;
  });
  await time('pglite packs', async () => (await pg.query(SHEETS, [ROUND], opts)).rows.length);
  await time('pglite one-join', async () => (await pg.query(JOINED, [ROUND], opts)).rows.length);
  await pg.close();
}

console.log(
  `${branches} branches x ${evaluators} evaluators x ${items} items, node ${process.version}`,
);
await sqlite();
await pglite();
