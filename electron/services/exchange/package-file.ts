import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { FILE_KINDS } from '../../../shared/domain/views/files';
import type { ArchiveEntry } from '../../files/zip-archive';
import { ArchiveError, listArchive, readSmallEntry, writeArchive } from '../../files/zip-archive';
import type { PackageParts, SealedManifest } from './seal';
import { MAX_MANIFEST_BYTES, openPackage, refusePackage } from './seal';

/**
 * The `.xpsync` file: a plain zip of the sealed parts (seal.ts), so a county's IT person can
 * look inside with any zip tool. `evidence/` holds each evidence file under its SHA-256.
 */
export const PACKAGE_ENTRIES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  operations: 'operations.jsonl',
  evidence: 'evidence/',
} as const;

/** A county's operations text is tens of megabytes; past this it is not a package of ours. */
const MAX_OPERATIONS_BYTES = 512 * 1024 * 1024;
const ZIP_START = 0x04034b50;

/** Writes a sealed package to `file` (a new file: the caller renames it into place). */
export async function writePackageFile(file: string, parts: PackageParts): Promise<void> {
  const bytes = (b: Uint8Array) => ({ bytes: Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
  await writeArchive(file, [
    { name: PACKAGE_ENTRIES.manifest, from: bytes(parts.manifest) },
    { name: PACKAGE_ENTRIES.signature, from: bytes(parts.signature) },
    { name: PACKAGE_ENTRIES.operations, from: bytes(parts.operations) },
    ...[...parts.files].map(([hash, content]) => ({
      name: `${PACKAGE_ENTRIES.evidence}${hash}`,
      from: bytes(content),
    })),
  ]);
}

/** Whether the file at least starts as a zip: then a missing directory means it was cut short. */
async function startsAsZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === ZIP_START;
  } finally {
    await handle.close();
  }
}

async function entriesOf(file: string): Promise<Map<string, ArchiveEntry>> {
  try {
    return new Map((await listArchive(file)).map((entry) => [entry.name, entry]));
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const name = basename(file);
    if (await startsAsZip(file)) refusePackage('packageTruncated', error.message, name);
    refusePackage('packageManifest', error.message, name);
  }
}

async function entryBytes(
  file: string,
  entries: Map<string, ArchiveEntry>,
  name: string,
  maxBytes: number,
): Promise<Buffer> {
  const entry = entries.get(name);
  if (!entry) refusePackage('packageTruncated', `${name} is missing`, name);
  try {
    return await readSmallEntry(file, entry, maxBytes);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    // The zip's own checksum failed, or the entry claims more than any part of ours holds.
    refusePackage('packageChanged', error.message, name);
  }
}

/**
 * Reads an `.xpsync` file and opens it (seal.ts `openPackage`): anything but a whole, unchanged
 * package of ours is refused with `PACKAGE_INVALID`, naming the part — a file that is no zip,
 * a zip cut short, an entry whose bytes fail the zip's checksum or the signed hashes, an entry
 * nobody signed for. Nothing is stored: the caller applies what this returns.
 */
export async function readPackageFile(
  file: string,
  schemaVersion: number,
): Promise<{ manifest: SealedManifest; parts: PackageParts }> {
  const entries = await entriesOf(file);
  const manifest = await entryBytes(file, entries, PACKAGE_ENTRIES.manifest, MAX_MANIFEST_BYTES);
  const signature = await entryBytes(file, entries, PACKAGE_ENTRIES.signature, 64);
  const operations = await entryBytes(
    file,
    entries,
    PACKAGE_ENTRIES.operations,
    MAX_OPERATIONS_BYTES,
  );
  const files = new Map<string, Uint8Array>();
  for (const name of entries.keys()) {
    if (Object.values(PACKAGE_ENTRIES).includes(name as never)) continue;
    if (!name.startsWith(PACKAGE_ENTRIES.evidence))
      refusePackage('packageManifest', `${name} is not part of a package`, name);
    const hash = name.slice(PACKAGE_ENTRIES.evidence.length);
    files.set(hash, await entryBytes(file, entries, name, FILE_KINDS.evidence.maxBytes));
  }
  const parts: PackageParts = { manifest, signature, operations, files };
  return { manifest: openPackage(parts, schemaVersion), parts };
}
