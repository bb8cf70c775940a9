import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where an installation keeps the seed of its signing key. The seed never enters the database:
 * a backup or a copied data file carried to another laptop must not carry this laptop's identity.
 */
export interface KeyVault {
  /**
   * How the seed is protected, for the UI and docs to say so: `os` (Electron's safeStorage,
   * the system keychain or DPAPI), `file` (a plain file in the data folder: anyone who can read
   * the folder can sign as this installation), `memory` (tests on `:memory:`; gone at exit).
   */
  readonly protection: 'os' | 'file' | 'memory';
  /** Where the seed is kept, for messages (null in memory). */
  readonly location: string | null;
  load(): Uint8Array | null;
  save(seed: Uint8Array): void;
}

/** The file the web host and the CLI keep the seed in, beside the data file. */
export const KEY_FILE_NAME = 'xingping-installation.key';

export function keyFileOf(dataFile: string): string {
  return join(dirname(dataFile), KEY_FILE_NAME);
}

/**
 * The web host's and the CLI's vault: the seed as hex in a file readable by its owner only.
 * Written to a temporary name and renamed, so a kill never leaves half a key.
 */
export function fileVault(file: string): KeyVault {
  return {
    protection: 'file',
    location: file,
    load: () => (existsSync(file) ? decodeSeed(readFileSync(file, 'utf8'), file) : null),
    save: (seed) => {
      const work = `${file}.${process.pid}.tmp`;
      writeFileSync(work, `${Buffer.from(seed).toString('hex')}\n`, { mode: 0o600 });
      renameSync(work, file);
      chmodSync(file, 0o600);
    },
  };
}

/** A vault that forgets at exit: `:memory:` databases (unit tests). */
export function memoryVault(): KeyVault {
  let seed: Uint8Array | null = null;
  return {
    protection: 'memory',
    location: null,
    load: () => seed,
    save: (next) => {
      seed = Uint8Array.from(next);
    },
  };
}

/** The seed as kept in a file or a protected string: 64 hex digits. */
export function decodeSeed(text: string, where: string): Uint8Array {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new Error(`the installation key in ${where} is damaged (expected 64 hex digits)`);
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
