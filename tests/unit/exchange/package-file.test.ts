import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArchive, writeArchive } from '../../../electron/files/zip-archive';
import {
  readPackageFile,
  writePackageFile,
} from '../../../electron/services/exchange/package-file';
import type { ManifestInput, PackageParts } from '../../../electron/services/exchange/seal';
import { sealPackage } from '../../../electron/services/exchange/seal';
import { installationKey } from '../../../electron/services/keys';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../support';

// Issue #16 point 2: the .xpsync file around the seal. A package that travelled on a USB stick
// comes back whole, or is refused naming what is wrong with it.

const encode = (text: string) => new TextEncoder().encode(text);
const county = installationKey({ info: { dataFile: ':memory:' } });
const input: ManifestInput = {
  schemaVersion: 13,
  createdAt: '2026-12-05T09:00:00.000Z',
  source: { replica: 'fedcba9876543210', operator: '石门镇党建办 李强' },
  county: { id: 'c-qingshan', name: '青山县' },
  campaign: { id: 'k-2026', name: '2026 年星级评定' },
  scope: { kind: 'township', townshipId: 't-shimen', name: '石门镇' },
  operationCount: 2,
};
const operations = encode(
  '{"tbl":"scores","col":"points","value":850}\n{"tbl":"scores","col":"points","value":900}\n',
);
const minutes = encode('石门镇东岭村支部委员会会议记录（扫描件）'.repeat(200));
const photo = encode('东岭村党员活动室照片');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function written(parts = sealPackage(county, input, operations, [minutes, photo])) {
  const file = join(tmp.dir, '石门镇-2026.xpsync');
  await writePackageFile(file, parts);
  return { file, parts };
}

async function refusal(file: string): Promise<{ reason: unknown; part: unknown }> {
  try {
    await readPackageFile(file, 13);
  } catch (error) {
    if (error instanceof AppError && error.code === 'PACKAGE_INVALID')
      return { reason: error.details?.reason, part: error.details?.part };
    throw error;
  }
  throw new Error('expected the package to be refused');
}

describe('an .xpsync file', () => {
  it('carries many evidence files, every one back, without piling listeners on the file', async () => {
    const photos = Array.from({ length: 40 }, (_, i) => encode(`云溪镇第${i + 1}村党员大会照片`));
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.name);
    process.on('warning', listen);
    try {
      const { file, parts } = await written(sealPackage(county, input, operations, photos));
      const back = await readPackageFile(file, 13);
      expect(back.parts.files.size).toBe(40);
      expect([...back.parts.files.keys()].sort()).toEqual([...parts.files.keys()].sort());
      // Let a warning emitted on the way reach its listener.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('reads back to the parts it was written from, and is a plain zip', async () => {
    const { file, parts } = await written();
    const { manifest, parts: back } = await readPackageFile(file, 13);
    expect(manifest.scope).toEqual({ kind: 'township', townshipId: 't-shimen', name: '石门镇' });
    expect(manifest.source.keyId).toBe(county.keyId);
    expect([...back.operations]).toEqual([...operations]);
    expect(new Map([...back.files].map(([k, v]) => [k, [...v]]))).toEqual(
      new Map([...parts.files].map(([k, v]) => [k, [...v]])),
    );
    const names = (await listArchive(file)).map((e) => e.name).sort();
    expect(names).toEqual(
      [
        'manifest.json',
        'manifest.sig',
        'operations.jsonl',
        ...[...parts.files.keys()].map((h) => `evidence/${h}`),
      ].sort(),
    );
  });

  it('is refused when cut short on the way, naming the file', async () => {
    const { file } = await written();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 300));
    expect(await refusal(file)).toEqual({ reason: 'packageTruncated', part: '石门镇-2026.xpsync' });
  });

  it('is refused when it is no zip at all', async () => {
    const file = join(tmp.dir, '名册.xpsync');
    writeFileSync(file, '序号,乡镇,村\n1,石门镇,东岭村\n'.repeat(50));
    expect(await refusal(file)).toEqual({ reason: 'packageManifest', part: '名册.xpsync' });
  });

  it('is refused when a byte inside an entry changed', async () => {
    const { file } = await written();
    const entry = (await listArchive(file)).find((e) => e.name === 'operations.jsonl')!;
    const bytes = readFileSync(file);
    // Past the local header and the name: inside the deflated operations.
    const at = entry.offset + 30 + 'operations.jsonl'.length + 5;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(file, bytes);
    expect(await refusal(file)).toEqual({ reason: 'packageChanged', part: 'operations.jsonl' });
  });

  it('is refused when an evidence file is missing or an entry nobody signed was added', async () => {
    const parts: PackageParts = sealPackage(county, input, operations, [minutes, photo]);
    const [first] = [...parts.files.keys()];
    const withoutOne: PackageParts = {
      ...parts,
      files: new Map([...parts.files].filter(([hash]) => hash !== first)),
    };
    const { file } = await written(withoutOne);
    expect((await refusal(file)).reason).toBe('packageTruncated');

    const extra = join(tmp.dir, 'extra.xpsync');
    await writeArchive(extra, [
      { name: 'manifest.json', from: { bytes: Buffer.from(parts.manifest) } },
      { name: 'manifest.sig', from: { bytes: Buffer.from(parts.signature) } },
      { name: 'operations.jsonl', from: { bytes: Buffer.from(parts.operations) } },
      { name: 'readme.txt', from: { bytes: Buffer.from('请勿修改') } },
    ]);
    expect(await refusal(extra)).toEqual({ reason: 'packageManifest', part: 'readme.txt' });
  });
});
