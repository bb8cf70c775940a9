import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { FreezeStatus } from '../../../shared/domain/views/integrity';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { FileVerdict } from '../../../shared/domain/views/verification';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decidedAndFrozen } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call, failure, runBuiltCli, takeFile, tempDir, testServices } from '../support';

/**
 * Signed files (issue #14 point 3): 青山县's minutes of a frozen round are signed with the
 * installation's key; the receiver checks the file against its `.xpsig`. One changed byte, an
 * edited signature, a signature claiming another key, and a file that is no signature are each
 * refused with their own reason; a file signed at another installation holds but says so.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let meeting: MeetingView;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
  meeting = await decidedAndFrozen(services, county);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** The minutes and their signature, as the user saves them (two files on disk). */
async function signedMinutes(): Promise<{ file: string; sig: string }> {
  const minutes = await call<OutgoingFile>(services, 'meetings.minutes', { id: meeting.id });
  const signature = await call<OutgoingFile>(services, 'verification.signOutgoing', {
    id: minutes.id,
    what: '评审会纪要',
    roundId: county.roundId,
  });
  expect(signature.fileName).toBe(`${minutes.fileName}.xpsig`);
  const file = join(tmp.dir, minutes.fileName);
  const sig = join(tmp.dir, signature.fileName);
  // Signing left the minutes' link usable: both are saved.
  writeFileSync(file, await takeFile(services, minutes));
  writeFileSync(sig, await takeFile(services, signature));
  return { file, sig };
}

async function verify(file: string, sig: string, at = services): Promise<FileVerdict> {
  const [held, heldSig] = await Promise.all([
    at.ctx.files.inbox.holdLocal(file, 'verify'),
    at.ctx.files.inbox.holdLocal(sig, 'verify'),
  ]);
  return call<FileVerdict>(at, 'verification.verifyFile', {
    fileId: held.id,
    signatureFileId: heldSig.id,
  });
}

describe('a signed file', () => {
  it('verifies unchanged, signed here, naming the county, campaign, round and freeze', async () => {
    const { file, sig } = await signedMinutes();
    const status = await call<FreezeStatus>(services, 'integrity.status', {
      roundId: county.roundId,
    });
    const verdict = await verify(file, sig);
    expect(verdict).toMatchObject({
      ok: true,
      signer: { signedHere: true },
      comment: {
        what: '评审会纪要',
        county: '青山县',
        checkpoint: { version: 1, fingerprint: status.current!.fingerprint },
      },
    });
  });

  it('fails on one changed byte, naming the file', async () => {
    const { file, sig } = await signedMinutes();
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    writeFileSync(file, bytes);
    expect(await verify(file, sig)).toMatchObject({ ok: false, problem: 'content' });
  });

  it('fails when the signature file was edited or claims another key', async () => {
    const { file, sig } = await signedMinutes();
    const original = JSON.parse(readFileSync(sig, 'utf8')) as {
      comment: { round: string };
      signer: { publicKey: string };
    };
    writeFileSync(
      sig,
      JSON.stringify({ ...original, comment: { ...original.comment, round: '乡镇初评' } }),
    );
    expect(await verify(file, sig)).toMatchObject({ ok: false, problem: 'signature' });
    mkdirSync(join(tmp.dir, 'other'));
    const other = testServices(join(tmp.dir, 'other', 'x.sqlite'), false);
    try {
      const { installationKey } = await import('../../../electron/services/keys');
      const stranger = installationKey(other.ctx).publicKeyHex;
      writeFileSync(
        sig,
        JSON.stringify({ ...original, signer: { ...original.signer, publicKey: stranger } }),
      );
      expect(await verify(file, sig)).toMatchObject({ ok: false, problem: 'signature' });
    } finally {
      other.close();
    }
  });

  it('holds at another installation, which is told it did not sign it', async () => {
    const { file, sig } = await signedMinutes();
    mkdirSync(join(tmp.dir, 'city'));
    const other = testServices(join(tmp.dir, 'city', 'city.sqlite'), false);
    try {
      expect(await verify(file, sig, other)).toMatchObject({
        ok: true,
        signer: { signedHere: false },
      });
    } finally {
      other.close();
    }
  });

  it('refuses a signature file that is not one, and a file chosen for another purpose', async () => {
    const { file } = await signedMinutes();
    const junk = join(tmp.dir, 'junk.xpsig');
    writeFileSync(junk, '{"not":"a signature"}');
    expect(await verify(file, junk)).toEqual({ ok: false, problem: 'malformed' });
    // The minutes chosen as evidence are not a file to verify.
    const held = await services.ctx.files.inbox.holdLocal(file, 'evidence');
    const error = await failure(services, 'verification.verifyFile', {
      fileId: held.id,
      signatureFileId: held.id,
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { problem: 'wrong-kind' } });
  });
});

describe('xingping verify-file', () => {
  const cli = runBuiltCli;

  it('says intact and who signed, or what is wrong, in both languages', async () => {
    const { file, sig } = await signedMinutes();
    services.close();
    const intact = cli(['verify-file', file, '--db', join(tmp.dir, 'qingshan.sqlite')]);
    expect(intact.code, intact.err).toBe(0);
    expect(intact.out).toContain('未被改动');
    expect(intact.out).toContain('这是本机的密钥');
    expect(intact.out).toContain('依据定稿:第 1 版');
    const bytes = readFileSync(file);
    bytes[10] = bytes[10]! ^ 0x01;
    writeFileSync(file, bytes);
    const changed = cli(['verify-file', file, '--sig', sig], 'en_US.UTF-8');
    expect(changed.code).toBe(1);
    expect(changed.err).toContain('does not match its signature');
    const missing = cli(['verify-file', join(tmp.dir, 'nothing.xlsx')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到文件');
    services = testServices(join(tmp.dir, 'qingshan.sqlite'), false);
  });
});
