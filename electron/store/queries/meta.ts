import type { Store } from '../open';

export function getMeta(db: Store, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Store, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Who operates the app on this laptop (issue #11): recorded on every audit entry and export. */
const OPERATOR_KEY = 'operator.name';

export function getOperatorName(db: Store): string | null {
  const name = getMeta(db, OPERATOR_KEY);
  return name === undefined || name === '' ? null : name;
}

export function setOperatorName(db: Store, name: string): void {
  setMeta(db, OPERATOR_KEY, name);
}

export function deleteMeta(db: Store, key: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}

/**
 * The stored data generation: moved by the write path inside every committed write (audited or
 * not), so it survives a restart, unlike the in-memory data revision. Anything stored as derived
 * from the data (the ranking's first screen) records the generation it was computed at.
 */
const GENERATION_KEY = 'data.generation';

export function bumpDataGeneration(db: Store): void {
  db.prepare(
    "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
  ).run(GENERATION_KEY);
}

export function dataGeneration(db: Store): number {
  return Number(getMeta(db, GENERATION_KEY) ?? 0);
}
