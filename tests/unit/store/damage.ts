import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../../electron/store/open';

/** Bytes that look like nothing in particular, the same on every run. */
export function noise(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * A real Xingping database of a county that is not the demo, big enough to span a few hundred
 * pages, closed cleanly (WAL checkpointed, so the main file is the whole database).
 */
export function countyDatabase(dir: string, name = 'county.sqlite'): string {
  const file = join(dir, name);
  const db = openStore(file);
  const at = '2025-03-01T08:00:00.000Z';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO org_units (id, kind, name, created_at) VALUES ('c', 'county', '青山县', ?)`,
    ).run(at);
    const unit = db.prepare(
      'INSERT INTO org_units (id, parent_id, kind, branch_type, name, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let t = 0; t < 20; t += 1) {
      unit.run(`t${t}`, 'c', 'township', null, `云溪镇${t}`, at);
      for (let b = 0; b < 60; b += 1)
        unit.run(`t${t}b${b}`, `t${t}`, 'branch', 'rural', `石门村${t}-${b}`, at);
    }
    const log = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, after) VALUES (?, 'tester', 'create', 'branch', ?, ?)`,
    );
    for (let i = 0; i < 1200; i += 1)
      log.run(at, `b${i}`, JSON.stringify({ name: '石门村'.repeat(40) }));
  })();
  db.close();
  return file;
}

export function pageCount(file: string): number {
  return statSync(file).size / 4096;
}

/** A copy cut off part-way, as an interrupted copy or a full disk leaves it. */
export function truncatedCopy(source: string, target: string, fraction: number): string {
  copyFileSync(source, target);
  truncateSync(target, Math.floor(statSync(source).size * fraction));
  return target;
}

/** A copy with one page in the middle overwritten, as a failing disk or a stray write does. */
export function overwrittenCopy(source: string, target: string): string {
  copyFileSync(source, target);
  const page = Math.floor(pageCount(source) / 2);
  const fd = openSync(target, 'r+');
  try {
    writeSync(fd, noise(4096), 0, 4096, page * 4096);
  } finally {
    closeSync(fd);
  }
  return target;
}

export function randomFile(target: string, length = 200_000): string {
  writeFileSync(target, noise(length, 99));
  return target;
}
