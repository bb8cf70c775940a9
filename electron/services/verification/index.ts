/**
 * Signed files (issue #14 point 3): a detached `.xpsig` signature for each file sent upward,
 * and checking a received file against one (docs/integrity.md, "Signed files").
 */
export { signFile, sha256Of } from './sign';
export { verifyFile, parseSignature } from './verify';
export { SIGNATURE_EXTENSION, SIGNATURE_FORMAT } from './format';
export type { SignatureFile, TrustedComment } from './format';
