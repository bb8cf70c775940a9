import { createHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { InstallationKey } from '../keys';
import { fromHex, groupedFingerprint, verifySignature } from '../keys';

/**
 * The signed heart of an `.xpsync` package, independent of the zip around it: the manifest
 * (what the package claims), its Ed25519 signature, the operations text and the evidence files.
 * The signature covers the manifest's exact bytes; the manifest holds the SHA-256 and byte
 * count of the operations and of every file, so one changed or missing byte anywhere fails.
 *
 * The signature proves the package is whole and unchanged since the laptop with that key made
 * it; WHICH laptop that is, the user checks by its key fingerprint (`source.keyId`, shown in the
 * preview) — a forged package signed with another key verifies, but shows another fingerprint.
 */
const FORMAT = 'xingping-exchange';
const HEX64 = /^[0-9a-f]{64}$/;

const digestSchema = z.object({ sha256: z.string().regex(HEX64), bytes: z.int().min(0) });

export const sealedManifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.int().min(1),
  createdAt: z.string(),
  source: z.object({
    replica: z.string().regex(/^[0-9a-f]{16}$/),
    publicKeyHex: z.string().regex(HEX64),
    keyId: z.string(),
    operator: z.string(),
  }),
  county: z.object({ id: z.string(), name: z.string() }),
  campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('since'), peer: z.string(), after: z.string().nullable() }),
    z.object({ kind: z.literal('campaign') }),
    z.object({ kind: z.literal('township'), townshipId: z.string(), name: z.string() }),
  ]),
  operations: digestSchema.extend({ count: z.int().min(0) }),
  /** Evidence files by their content hash (the name they travel under). */
  files: z.array(digestSchema),
});

export type SealedManifest = z.infer<typeof sealedManifestSchema>;

export interface PackageParts {
  readonly manifest: Uint8Array;
  readonly signature: Uint8Array;
  readonly operations: Uint8Array;
  /** Evidence files by SHA-256 hex. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** The manifest's content a caller decides; digests, key and format are the seal's. */
export type ManifestInput = Omit<
  SealedManifest,
  'format' | 'formatVersion' | 'operations' | 'files' | 'source'
> & {
  source: Pick<SealedManifest['source'], 'replica' | 'operator'>;
  operationCount: number;
};

/** A manifest is a few kilobytes plus 80 bytes per file; anything far larger is not ours. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * SHA-256 hex by Node's own hash (the same in the CLI and Electron's main process): a county's
 * operations are megabytes, hashed when the package is made and again when it is opened, and the
 * pure-JS hash took a quarter of a second per megabyte. Same digest (seal.test.ts pins one).
 */
function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function digest(bytes: Uint8Array): { sha256: string; bytes: number } {
  return { sha256: sha256Hex(bytes), bytes: bytes.byteLength };
}

export function sealPackage(
  key: InstallationKey,
  input: ManifestInput,
  operations: Uint8Array,
  files: readonly Uint8Array[],
): PackageParts {
  const byHash = new Map<string, Uint8Array>();
  for (const file of files) byHash.set(sha256Hex(file), file);
  const { operationCount, source, ...rest } = input;
  const manifest: SealedManifest = {
    format: FORMAT,
    formatVersion: 1,
    ...rest,
    source: { ...source, publicKeyHex: key.publicKeyHex, keyId: key.keyId },
    operations: { ...digest(operations), count: operationCount },
    files: [...byHash.values()].map(digest).sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
  return { manifest: manifestBytes, signature: key.sign(manifestBytes), operations, files: byHash };
}

/** Why a package was refused: each has its sentence under `errorReasons` in the locales. */
export type PackageProblem =
  | 'packageManifest'
  | 'packageSignature'
  | 'packageTooNew'
  | 'packageTruncated'
  | 'packageChanged'
  | 'packageOperation'
  | 'packageOwn'
  | 'packageDrift'
  | 'packageOrphans';

/** Refuses a package: `PACKAGE_INVALID` with the reason and the part that failed. */
export function refusePackage(reason: PackageProblem, message: string, part: string): never {
  throw new AppError('PACKAGE_INVALID', message, { reason, part });
}

/**
 * Checks a package before anything of it is used, in this order: the manifest reads as one,
 * its signature verifies under the key it names (and the fingerprint matches that key), its
 * schema is not newer than ours, and every part has exactly the bytes and hash it claims.
 * Returns the manifest; throws `PACKAGE_INVALID` with the reason and the part that failed.
 */
export function openPackage(parts: PackageParts, schemaVersion: number): SealedManifest {
  if (parts.manifest.byteLength > MAX_MANIFEST_BYTES) {
    refusePackage('packageManifest', 'The manifest is too large', 'manifest.json');
  }
  let manifest: SealedManifest;
  try {
    manifest = sealedManifestSchema.parse(JSON.parse(new TextDecoder().decode(parts.manifest)));
  } catch {
    refusePackage('packageManifest', 'The manifest is not a package manifest', 'manifest.json');
  }
  const publicKey = fromHex(manifest.source.publicKeyHex);
  if (
    parts.signature.byteLength !== 64 ||
    !verifySignature(publicKey, parts.manifest, parts.signature) ||
    groupedFingerprint(sha256(publicKey)) !== manifest.source.keyId
  ) {
    refusePackage('packageSignature', 'The manifest signature does not verify', 'manifest.sig');
  }
  if (manifest.schemaVersion > schemaVersion) {
    refusePackage(
      'packageTooNew',
      `Made at schema ${manifest.schemaVersion}, ours is ${schemaVersion}`,
      'manifest.json',
    );
  }
  checkPart('operations.jsonl', parts.operations, manifest.operations);
  if (parts.files.size !== manifest.files.length) {
    refusePackage('packageTruncated', 'Evidence files are missing or extra', 'evidence/');
  }
  for (const claimed of manifest.files) {
    const file = parts.files.get(claimed.sha256);
    if (!file)
      refusePackage(
        'packageTruncated',
        'An evidence file is missing',
        `evidence/${claimed.sha256}`,
      );
    checkPart(`evidence/${claimed.sha256}`, file, claimed);
  }
  return manifest;
}

function checkPart(part: string, bytes: Uint8Array, claimed: { sha256: string; bytes: number }) {
  if (bytes.byteLength !== claimed.bytes) {
    refusePackage(
      'packageTruncated',
      `${part} has ${bytes.byteLength} of ${claimed.bytes} bytes`,
      part,
    );
  }
  if (sha256Hex(bytes) !== claimed.sha256)
    refusePackage('packageChanged', `${part} was changed`, part);
}
