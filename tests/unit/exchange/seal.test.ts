import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import type { ManifestInput, PackageParts } from '../../../electron/services/exchange/seal';
import { openPackage, sealPackage } from '../../../electron/services/exchange/seal';
import { installationKey, toHex } from '../../../electron/services/keys';
import { AppError } from '../../../shared/errors';
import en from '../../../shared/locales/en.json';
import zh from '../../../shared/locales/zh-CN.json';
import { tempDir } from '../support';

const county = installationKey({ info: { dataFile: ':memory:' } });
const input: ManifestInput = {
  schemaVersion: 9,
  createdAt: '2026-12-04T09:00:00.000Z',
  source: { replica: '0123456789abcdef', operator: '青山县委组织部 王芳' },
  county: { id: 'c-qingshan', name: '青山县' },
  campaign: { id: 'k-2026', name: '2026 年星级评定' },
  scope: { kind: 'township', townshipId: 't-yunxi', name: '云溪镇' },
  operationCount: 2,
};
const encode = (text: string) => new TextEncoder().encode(text);
const operations = encode('{"tbl":"scores","col":"value","value":"8"}\n{"tbl":"scores"}\n');
const photo = encode('石门村党员大会照片');

function sealed(): PackageParts {
  return sealPackage(county, input, operations, [photo, photo]);
}

function refusal(parts: PackageParts, schemaVersion = 9): { reason: unknown; part: unknown } {
  try {
    openPackage(parts, schemaVersion);
  } catch (error) {
    if (error instanceof AppError && error.code === 'PACKAGE_INVALID') {
      return { reason: error.details?.reason, part: error.details?.part };
    }
    throw error;
  }
  throw new Error('expected the package to be refused');
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ 1;
  return copy;
}

describe('a sealed exchange package', () => {
  it('opens to the manifest it was sealed with, naming the key that signed it', () => {
    const manifest = openPackage(sealed(), 9);
    expect(manifest.source).toEqual({
      replica: '0123456789abcdef',
      operator: '青山县委组织部 王芳',
      publicKeyHex: county.publicKeyHex,
      keyId: county.keyId,
    });
    expect(manifest.operations.count).toBe(2);
    // The same photo twice travels once, under its hash.
    expect(manifest.files).toHaveLength(1);
    expect(manifest.scope).toEqual({ kind: 'township', townshipId: 't-yunxi', name: '云溪镇' });
  });

  it('names the operations and each file by their SHA-256, as any SHA-256 computes it', () => {
    const manifest = openPackage(sealed(), 9);
    // Digests made by Node's hash must equal the pure-JS one other readers may use.
    expect(manifest.operations.sha256).toBe(toHex(sha256(operations)));
    expect(manifest.operations.bytes).toBe(operations.byteLength);
    expect(manifest.files).toEqual([{ sha256: toHex(sha256(photo)), bytes: photo.byteLength }]);
  });

  it('is refused when one byte of the operations or of a file changed', () => {
    const parts = sealed();
    expect(refusal({ ...parts, operations: flipped(parts.operations, 10) })).toEqual({
      reason: 'packageChanged',
      part: 'operations.jsonl',
    });
    const [hash, file] = [...parts.files][0]!;
    const files = new Map([[hash, flipped(file, 0)]]);
    expect(refusal({ ...parts, files })).toEqual({
      reason: 'packageChanged',
      part: `evidence/${hash}`,
    });
  });

  it('is refused when cut short or missing a file', () => {
    const parts = sealed();
    expect(refusal({ ...parts, operations: parts.operations.slice(0, 20) })).toEqual({
      reason: 'packageTruncated',
      part: 'operations.jsonl',
    });
    expect(refusal({ ...parts, files: new Map() }).reason).toBe('packageTruncated');
    expect(refusal({ ...parts, manifest: parts.manifest.slice(0, 40) }).reason).toBe(
      'packageManifest',
    );
  });

  it('is refused when the manifest was edited, re-signed by another key, or the signature cut', () => {
    const parts = sealed();
    const edited = encode(
      new TextDecoder().decode(parts.manifest).replace('"count":2', '"count":3'),
    );
    expect(refusal({ ...parts, manifest: edited })).toEqual({
      reason: 'packageSignature',
      part: 'manifest.sig',
    });
    // Another laptop signs the edited manifest with its own key but claims the county's.
    const folder = tempDir();
    const other = installationKey({
      info: { dataFile: join(folder.dir, 'shimen.sqlite') },
    });
    folder.cleanup();
    expect(other.keyId).not.toBe(county.keyId);
    expect(refusal({ ...parts, manifest: edited, signature: other.sign(edited) }).reason).toBe(
      'packageSignature',
    );
    expect(refusal({ ...parts, signature: parts.signature.slice(0, 63) }).reason).toBe(
      'packageSignature',
    );
  });

  it('is refused when made at a newer schema than this laptop has', () => {
    expect(refusal(sealed(), 8).reason).toBe('packageTooNew');
  });

  it('has a translated sentence for every refusal', () => {
    for (const reason of [
      'packageManifest',
      'packageSignature',
      'packageTooNew',
      'packageTruncated',
      'packageChanged',
    ] as const) {
      expect(zh.errorReasons[reason]).toMatch(/没有导入任何数据/);
      expect(en.errorReasons[reason]).toMatch(/Nothing was imported/);
    }
  });
});
