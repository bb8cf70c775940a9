import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fileVault,
  groupedFingerprint,
  installationKey,
  keyFileOf,
  memoryVault,
  verifySignature,
} from '../../../electron/services/keys';
import { tempDir } from '../support';

const message = new TextEncoder().encode('青山县 2026 县级评审 定稿');

describe('the installation key', () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  afterEach(() => folder?.cleanup());

  it('is made once per data folder, kept beside the data file, and signs verifiably', () => {
    folder = tempDir();
    const dataFile = join(folder.dir, 'xingping.sqlite');
    const key = installationKey({ info: { dataFile } });
    expect(key.protection).toBe('file');
    expect(existsSync(keyFileOf(dataFile))).toBe(true);
    // Readable by its owner only.
    expect(statSync(keyFileOf(dataFile)).mode & 0o077).toBe(0);
    const signature = key.sign(message);
    expect(verifySignature(key.publicKey, message, signature)).toBe(true);
    // One changed byte of the message, or another key, fails.
    const changed = Uint8Array.from(message);
    changed[0] = changed[0]! ^ 1;
    expect(verifySignature(key.publicKey, changed, signature)).toBe(false);
    const other = installationKey({ info: { dataFile: ':memory:' } });
    expect(verifySignature(other.publicKey, message, signature)).toBe(false);
  });

  it('is the same key after the process forgets it: read back from its file', () => {
    folder = tempDir();
    const dataFile = join(folder.dir, 'xingping.sqlite');
    const first = installationKey({ info: { dataFile } });
    const file = keyFileOf(dataFile);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    // A vault of its own over the same file stands for a later start of the app.
    const again = installationKey({
      info: { dataFile },
      keyVault: { ...fileVault(file), save: () => expect.fail('a kept key must not be replaced') },
    });
    expect(again.publicKeyHex).toBe(first.publicKeyHex);
  });

  it('refuses a damaged key file instead of silently making a new identity', () => {
    folder = tempDir();
    const dataFile = join(folder.dir, 'xingping.sqlite');
    writeFileSync(keyFileOf(dataFile), 'not a key');
    expect(() => installationKey({ info: { dataFile } })).toThrow(/damaged/);
    expect(readFileSync(keyFileOf(dataFile), 'utf8')).toBe('not a key');
  });

  it('gives each vault its own key', () => {
    const a = installationKey({
      info: { dataFile: ':memory:' },
      keyVault: memoryVault(),
    });
    const b = installationKey({
      info: { dataFile: ':memory:' },
      keyVault: memoryVault(),
    });
    expect(a.publicKeyHex).not.toBe(b.publicKeyHex);
    expect(a.keyId).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
  });
});

describe('a grouped fingerprint', () => {
  it('is the digest’s first bytes in upper-case hex, four digits a group', () => {
    const digest = Uint8Array.from([
      0x3f, 0x2a, 0x91, 0xc0, 0x7b, 0x1e, 0x04, 0xd2, 0xaa, 0x19, 0xff,
    ]);
    expect(groupedFingerprint(digest)).toBe('3F2A 91C0 7B1E 04D2 AA19');
    expect(groupedFingerprint(digest, 2)).toBe('3F2A 91C0');
    expect(() => groupedFingerprint(digest.subarray(0, 3))).toThrow();
  });
});
