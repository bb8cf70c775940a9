import { existsSync, renameSync } from 'node:fs';

/** SQLite's files that belong to a database and must travel with it. */
export const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export interface MovedAside {
  /** Where the database file now is. */
  database: string;
  /** Where its -wal/-shm/-journal files now are (those that existed). */
  companions: string[];
}

function stamp(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Local time, as the user will look for it; no ':' so the name is valid on Windows too.
  return (
    `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-` +
    `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  );
}

function taken(base: string): boolean {
  return [base, ...COMPANION_SUFFIXES.map((s) => base + s)].some((path) => existsSync(path));
}

/**
 * Moves a damaged database and its companions out of the way, to
 * `<name>.damaged-<YYYYMMDD-HHMMSS>` (plus `-2`, `-3` … if that name is taken), so a new file
 * can start in its place. Nothing is deleted or overwritten: rename replaces an existing target
 * on Windows, so every target name is checked first (one app instance per user makes that safe).
 * The companions keep SQLite's naming beside the new name, so the moved copy opens as it was.
 */
export function moveAside(file: string, at: Date): MovedAside {
  const base = `${file}.damaged-${stamp(at)}`;
  let target = base;
  for (let n = 2; taken(target); n += 1) target = `${base}-${n}`;
  renameSync(file, target);
  const companions: string[] = [];
  for (const suffix of COMPANION_SUFFIXES) {
    if (!existsSync(file + suffix)) continue;
    renameSync(file + suffix, target + suffix);
    companions.push(target + suffix);
  }
  return { database: target, companions };
}
