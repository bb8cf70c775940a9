import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support';

// Electron cannot run here: a stand-in for safeStorage that seals reversibly, switchable off.
const system = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => system.available,
    encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    decryptString: (sealed: Buffer) =>
      Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
  },
}));

const { safeStorageVault } = await import('../../../electron/main/key-vault');
const { installationKey } = await import('../../../electron/services/keys');

describe('the desktop app’s key vault', () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  afterEach(() => {
    folder?.cleanup();
    system.available = true;
  });

  it('keeps the seed sealed by the system, never as plain hex, and reads it back', () => {
    folder = tempDir();
    const sealed = join(folder.dir, 'installation-key.safe');
    const plain = join(folder.dir, 'xingping-installation.key');
    const dataFile = join(folder.dir, 'xingping.sqlite');
    const info = { dataFile };
    const key = installationKey({ info, keyVault: safeStorageVault(sealed, plain) });
    expect(key.protection).toBe('os');
    expect(readFileSync(sealed, 'utf8')).toMatch(/^sealed:/);
    expect(readFileSync(sealed, 'utf8')).not.toMatch(/[0-9a-f]{64}/);
    expect(existsSync(plain)).toBe(false);
    const again = installationKey({ info, keyVault: safeStorageVault(sealed, plain) });
    expect(again.publicKeyHex).toBe(key.publicKeyHex);
  });

  it('falls back to the plain file, and says so, where the system offers no encryption', () => {
    folder = tempDir();
    system.available = false;
    const plain = join(folder.dir, 'xingping-installation.key');
    const vault = safeStorageVault(join(folder.dir, 'installation-key.safe'), plain);
    expect(vault.protection).toBe('file');
    expect(vault.location).toBe(plain);
  });
});
