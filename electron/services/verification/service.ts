import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { FileVerdict } from '../../../shared/domain/views/verification';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { checkpointFingerprint, frozenCheckpoint } from '../integrity';
import { installationKey } from '../keys';
import type { TrustedComment } from './format';
import { SIGNATURE_EXTENSION } from './format';
import { roundNames } from './queries';
import { signFile } from './sign';
import { verifyFile } from './verify';

/** A signature file is small; anything larger is not one. */
const MAX_SIGNATURE_BYTES = 64 * 1024;

/**
 * What a signature says about the round a file shows: county, campaign, round, and the freeze
 * (定稿) when the round is frozen, so the receiver knows which results the file carries.
 */
export function commentFor(ctx: ServiceContext, what: string, roundId?: string): TrustedComment {
  if (!roundId) return { what };
  const names = roundNames(ctx.db, roundId);
  if (!names) throw new AppError('NOT_FOUND', `No round ${roundId}`, { entity: 'round' });
  const frozen = frozenCheckpoint(ctx.db, roundId);
  return {
    what,
    ...names,
    ...(frozen
      ? { checkpoint: { version: frozen.version, fingerprint: checkpointFingerprint(frozen) } }
      : {}),
  };
}

/**
 * Signs a file main built and has not handed out yet (an export, the minutes): the answer is
 * a second file to save beside it, `<name>.xpsig`. The built file's link stays usable.
 */
export async function signOutgoing(
  ctx: ServiceContext,
  input: { id: string; what: string; roundId?: string | undefined },
): Promise<OutgoingFile> {
  const built = ctx.files.outbox.peek(input.id);
  const signature = await signFile(
    ctx,
    { name: built.fileName, stream: ctx.files.outbox.peekStream(input.id) },
    commentFor(ctx, input.what, input.roundId),
  );
  return ctx.files.produce(async (path) => {
    await writeFile(path, `${JSON.stringify(signature, null, 2)}\n`, 'utf8');
    return built.fileName + SIGNATURE_EXTENSION;
  });
}

/** 验证文件: a received file and its signature, both chosen by the user. */
export async function verifyReceived(
  ctx: ServiceContext,
  input: { fileId: string; signatureFileId: string },
): Promise<FileVerdict> {
  const file = ctx.files.inbox.use(input.fileId, 'verify');
  const sig = ctx.files.inbox.use(input.signatureFileId, 'verify');
  if (sig.size > MAX_SIGNATURE_BYTES) return { ok: false, problem: 'malformed' };
  return verifyFile(
    { name: file.fileName, stream: createReadStream(file.path) },
    await readFile(sig.path, 'utf8'),
    installationKey(ctx).publicKeyHex,
  );
}
