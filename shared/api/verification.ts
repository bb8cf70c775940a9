import { z } from 'zod';
import type { OutgoingFile } from '../domain/views/files';
import type { FileVerdict } from '../domain/views/verification';
import { fileId } from './files';
import { id, method } from './method';

/** Signed files: a signature for what is sent upward, and checking what is received. */
export const verificationContract = {
  /** `<name>.xpsig` for a built file not yet saved (`id` of its link); the link stays usable. */
  'verification.signOutgoing': method(
    z.strictObject({
      id: fileId,
      what: z.string().trim().min(1).max(200),
      roundId: id.optional(),
    }),
  ).returns<OutgoingFile>(),
  /** A received file against its signature, both chosen as `verify` files. */
  'verification.verifyFile': method(
    z.strictObject({ fileId, signatureFileId: fileId }),
  ).returns<FileVerdict>(),
} as const;
