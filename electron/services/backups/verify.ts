import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished, pipeline } from 'node:stream/promises';
import { ArchiveError, extractEntry, listArchive, readSmallEntry } from '../../files/zip-archive';
import type { Manifest } from './manifest';
import { MANIFEST_ENTRY, MAX_MANIFEST_BYTES, SNAPSHOT_ENTRY, manifestSchema } from './manifest';
import { schemaVersion } from '../../store/open';
import { countRows, integrityCheck } from './queries';

/**
 * SHA-256 of a file, read in 1 MB chunks: each chunk is hashed on this thread between other
 * calls (~3 ms), and a province's 1 GB snapshot takes a thousand turns instead of the default
 * 64 KB's sixteen thousand.
 */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), hash);
  return hash.digest('hex');
}

/** Reads only the manifest (the zip directory and one small entry): cheap enough for a list. */
export async function readManifest(file: string): Promise<Manifest> {
  const entries = await listArchive(file);
  const entry = entries.find((e) => e.name === MANIFEST_ENTRY);
  if (!entry) throw new ArchiveError('no manifest in the archive');
  const bytes = await readSmallEntry(file, entry, MAX_MANIFEST_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ArchiveError('the manifest is not JSON');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new ArchiveError('the manifest does not describe a Xingping backup');
  return parsed.data;
}

export type Verdict = { ok: true; manifest: Manifest } | { ok: false; reason: string };

/**
 * Checks a backup whole: the snapshot is extracted to `extractTo` (its CRC checked on the way),
 * its SHA-256 compared with the manifest, then opened read-only for `integrity_check` and a row
 * count per table that must equal the manifest's. The extracted copy is left for the caller
 * (a restore uses it) on success and removed on failure.
 */
export async function verifyArchive(file: string, extractTo: string): Promise<Verdict> {
  try {
    const manifest = await readManifest(file);
    const entries = await listArchive(file);
    const snapshot = entries.find((e) => e.name === SNAPSHOT_ENTRY);
    if (!snapshot) throw new ArchiveError('no database in the archive');
    const sink = createWriteStream(extractTo, { flags: 'wx' });
    try {
      await extractEntry(file, snapshot, sink);
    } catch (error) {
      // An entry refused before its copy began leaves the file still being opened: it is
      // closed before the removal below, or it would appear after it (and hold its handle).
      sink.destroy();
      await finished(sink).catch(() => undefined);
      throw error;
    }
    if ((await sha256File(extractTo)) !== manifest.database.sha256)
      throw new ArchiveError('the database does not match its SHA-256');
    const db = new Database(extractTo, { readonly: true, fileMustExist: true });
    try {
      const problems = integrityCheck(db);
      if (problems.length !== 1 || problems[0] !== 'ok')
        throw new ArchiveError(`integrity_check: ${problems.slice(0, 3).join('; ')}`);
      const version = schemaVersion(db);
      if (version !== manifest.schemaVersion)
        throw new ArchiveError(`schema ${version}, the manifest says ${manifest.schemaVersion}`);
      const counts = countRows(db);
      const expected = manifest.rowCounts;
      const tables = new Set([...Object.keys(counts), ...Object.keys(expected)]);
      for (const table of tables) {
        if (counts[table] !== expected[table])
          throw new ArchiveError(
            `${table}: ${String(counts[table] ?? 'missing')} rows, the manifest says ${String(expected[table] ?? 'missing')}`,
          );
      }
    } finally {
      db.close();
    }
    return { ok: true, manifest };
  } catch (error) {
    await rm(extractTo, { force: true });
    if (error instanceof ArchiveError || (error as { code?: string }).code?.startsWith('SQLITE'))
      return { ok: false, reason: (error as Error).message };
    throw error;
  }
}
