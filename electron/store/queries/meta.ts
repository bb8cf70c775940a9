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
