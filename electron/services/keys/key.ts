import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { randomBytes } from 'node:crypto';
import type { KeyVault } from './vault';
import { fileVault, keyFileOf, memoryVault } from './vault';

// Pure JS everywhere (tests, CLI, web host, Electron's BoringSSL main process): the same key and
// the same signatures wherever they are computed.
ed.hashes.sha512 = sha512;

/** This installation's Ed25519 identity: what signs checkpoints, exports and exchange packages. */
export interface InstallationKey {
  readonly publicKey: Uint8Array;
  readonly publicKeyHex: string;
  /** The public key's short grouped fingerprint, as printed and read aloud ("3F2A 91C0 …"). */
  readonly keyId: string;
  readonly protection: KeyVault['protection'];
  readonly location: string | null;
  sign(message: Uint8Array): Uint8Array;
}

/**
 * What the key needs of a service context (structural, so this module does not import the
 * context, which names `KeyVault` from here).
 */
export interface KeyContext {
  readonly info: { readonly dataFile: string };
  readonly keyVault?: KeyVault;
}

const keys = new WeakMap<KeyVault, InstallationKey>();
const vaults = new Map<string, KeyVault>();

/**
 * The vault for a context: the host's own (Electron's safeStorage) when it gave one, else a
 * file beside the data file (web host, CLI), else memory for `:memory:` databases.
 */
export function vaultOf(ctx: KeyContext): KeyVault {
  if (ctx.keyVault) return ctx.keyVault;
  const where = ctx.info.dataFile;
  let vault = vaults.get(where);
  if (!vault) {
    vault = where === ':memory:' ? memoryVault() : fileVault(keyFileOf(where));
    vaults.set(where, vault);
  }
  return vault;
}

/** The installation's key, made on first use and kept in its vault from then on. */
export function installationKey(ctx: KeyContext): InstallationKey {
  const vault = vaultOf(ctx);
  const known = keys.get(vault);
  if (known) return known;
  let seed = vault.load();
  if (!seed) {
    seed = Uint8Array.from(randomBytes(32));
    vault.save(seed);
  }
  const secret = seed;
  const publicKey = ed.getPublicKey(secret);
  const key: InstallationKey = {
    publicKey,
    publicKeyHex: toHex(publicKey),
    keyId: groupedFingerprint(sha256(publicKey)),
    protection: vault.protection,
    location: vault.location,
    sign: (message) => ed.sign(message, secret),
  };
  keys.set(vault, key);
  return key;
}

/** Whether `signature` is `publicKey`'s signature of `message`; false for any malformed input. */
export function verifySignature(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    return ed.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

/**
 * A digest shortened for people: the first `groups` × 2 bytes in upper-case hex, four digits a
 * group ("3F2A 91C0 7B1E 04D2 AA19" by default: 80 bits, enough to compare a printout by eye).
 */
export function groupedFingerprint(digest: Uint8Array, groups = 5): string {
  if (digest.length < groups * 2) throw new Error('digest shorter than the fingerprint');
  const parts: string[] = [];
  for (let i = 0; i < groups; i += 1) parts.push(toHex(digest.subarray(i * 2, i * 2 + 2)));
  return parts.join(' ').toUpperCase();
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error('not hex');
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
