import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { EvidenceLink } from '../../../shared/domain/views/evidence';
import type { NoticeView, ObjectionFileView } from '../../../shared/domain/views/publication';
import { png } from '../evidence/files';
import { call, holdFile, takeFile, tempDir } from '../support';
import { objectionWith, publishedQingshan } from './support';

/** An objection's attachments (issue #14 point 5): checked as evidence is, kept, audited. */

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let notice: NoticeView;
let objectionId: string;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, notice } = await publishedQingshan(tmp.dir));
  objectionId = objectionWith(services, notice, '金沙村', []);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function attach(fileName: string, bytes: Buffer) {
  const fileId = await holdFile(services, { fileName, bytes }, 'evidence');
  return services.registry.call('publication.attachObjectionFile', { objectionId, fileId });
}

describe('objection attachments', () => {
  it('keeps a photo of the letter, lists it and gives its bytes back, audited', async () => {
    const bytes = png();
    const stored = await attach('来信照片.png', bytes);
    expect(stored).toMatchObject({
      ok: true,
      data: { fileName: '来信照片.png', mimeType: 'image/png', sizeBytes: bytes.length },
    });
    const list = await call<ObjectionFileView[]>(services, 'publication.objectionFiles', {
      objectionId,
    });
    expect(list.map((f) => f.fileName)).toEqual(['来信照片.png']);
    const link = await call<EvidenceLink>(services, 'publication.objectionFile', {
      id: list[0]!.id,
    });
    const back = await takeFile(services, link);
    expect(back.equals(bytes)).toBe(true);
    expect(link.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const audit = services.ctx.db
      .prepare(
        `SELECT action, entity, entity_id FROM audit_log WHERE entity = 'objection' AND action = 'evidence-add'`,
      )
      .all();
    expect(audit).toEqual([
      { action: 'evidence-add', entity: 'objection', entity_id: objectionId },
    ]);
  });

  it('refuses a program renamed as a picture and the same file twice, naming the file, keeping nothing', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const renamed = await attach('照片.png', exe);
    expect(renamed).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fileName: '照片.png' } },
    });
    await attach('来信照片.png', png());
    const twice = await attach('再传一次.png', png());
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { problem: 'duplicate', existing: '来信照片.png' } },
    });
    const list = await call<ObjectionFileView[]>(services, 'publication.objectionFiles', {
      objectionId,
    });
    expect(list.map((f) => f.fileName)).toEqual(['来信照片.png']);
    // The chosen files were let go, stored or refused.
    expect(services.ctx.files.inbox.size).toBe(0);
  });
});
