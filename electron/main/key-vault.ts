import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createLogger } from '../logger';
import type { KeyVault } from '../services/keys';
import { decodeSeed, fileVault } from '../services/keys';

const log = createLogger('key-vault');

/**
 * The desktop app keeps the installation key's seed encrypted by the operating system
 * (safeStorage: DPAPI on Windows, the keychain on macOS, libsecret on Linux). Where the system
 * offers no encryption (a Linux desktop without a keyring) it falls back to the plain file the
 * web host uses, and says so: the settings page shows `protection: 'file'`.
 */
export function safeStorageVault(file: string, plainFile: string): KeyVault {
  if (!safeStorage.isEncryptionAvailable()) {
    log.warn('safeStorage is not available: the installation key is kept in a plain file');
    return fileVault(plainFile);
  }
  return {
    protection: 'os',
    location: file,
    load: () =>
      existsSync(file) ? decodeSeed(safeStorage.decryptString(readFileSync(file)), file) : null,
    save: (seed) => {
      const work = `${file}.${process.pid}.tmp`;
      writeFileSync(work, safeStorage.encryptString(Buffer.from(seed).toString('hex')), {
        mode: 0o600,
      });
      renameSync(work, file);
    },
  };
}
