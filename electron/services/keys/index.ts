/**
 * The installation's signing key: checkpoints and signed exports (publication) and exchange
 * packages sign with it; anything received is checked with `verifySignature`.
 */
export { installationKey, verifySignature, groupedFingerprint, toHex, fromHex } from './key';
export type { InstallationKey, KeyContext } from './key';
export { decodeSeed, fileVault, memoryVault, keyFileOf, KEY_FILE_NAME } from './vault';
export type { KeyVault } from './vault';
