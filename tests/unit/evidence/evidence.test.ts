import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { rubricById } from '../../../electron/services/rubrics/service';
import type { RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { AuditEntryView, SheetView } from '../../../shared/domain/views';
import type { EvidenceFileView, EvidenceLink } from '../../../shared/domain/views/evidence';
import { EVIDENCE_MAX_BYTES } from '../../../shared/domain/views/evidence';
import type { ApiErrorPayload } from '../../../shared/errors';
import {
  addSelfRound,
  call as callApi,
  count,
  failure as failureApi,
  fullMarks,
  holdFile,
  takeFile,
  tempDir,
  testServices,
} from '../support';
import { png, xlsx } from './files';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let sheet: SheetView;
let items: RubricItem[];

const call = <T>(method: string, input: unknown): Promise<T> => callApi<T>(services, method, input);

const refused = (method: string, input: unknown): Promise<ApiErrorPayload> =>
  failureApi(services, method, input);

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The input of `evidence.add` for bytes the user chose (held by main, as Electron does). */
async function add(itemCode: string | null, fileName: string, bytes: Buffer) {
  const fileId = await holdFile(services, { fileName, bytes }, 'evidence');
  return { sheetId: sheet.id, itemCode, fileId };
}

async function submit(): Promise<SheetView> {
  const saved = await call<SheetView>('scores.save', {
    sheetId: sheet.id,
    expectedVersion: sheet.version,
    entries: items.map(fullMarks),
  });
  return call<SheetView>('sheets.submit', { sheetId: sheet.id, expectedVersion: saved.version });
}

function evidenceAudit(): AuditEntryView[] {
  return (
    services.ctx.db
      .prepare(
        `SELECT action, entity, entity_id AS entityId, before, after, reason FROM audit_log
          WHERE action LIKE 'evidence-%' ORDER BY seq`,
      )
      .all() as AuditEntryView[]
  ).map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before as string) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after as string) as unknown),
  }));
}

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'evidence.sqlite'));
  const campaign = listCampaignSummaries(services.ctx)[0]!;
  items = listItems(rubricById(services.ctx, { id: campaign.rubricVersionId }).definition);
  const { branchId } = services.ctx.db
    .prepare(
      `SELECT branch_id AS branchId FROM campaign_branches
        WHERE campaign_id = ? AND branch_id NOT IN (SELECT branch_id FROM score_sheets) LIMIT 1`,
    )
    .get(campaign.id) as { branchId: string };
  // The demo's round is a county review; a self-assessment lives in a self round.
  const roundId = await addSelfRound(services, campaign.id);
  sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('evidence files', () => {
  it('adds a file to an item, lists it without bytes and gives the same bytes back', async () => {
    const item = items[0]!.code;
    const added = await call<EvidenceFileView>(
      'evidence.add',
      await add(item, '现场照片.png', png()),
    );
    expect(added).toMatchObject({
      sheetId: sheet.id,
      itemCode: item,
      fileName: '现场照片.png',
      mimeType: 'image/png',
      sizeBytes: png().length,
      sha256: sha(png()),
      uploadedBy: 'tester',
      removedAt: null,
    });
    const list = await call<EvidenceFileView[]>('evidence.list', { sheetId: sheet.id });
    expect(list).toEqual([added]);
    expect(JSON.stringify(list)).not.toContain('contentBase64');
    const link = await call<EvidenceLink>('evidence.get', { id: added.id });
    expect(link).toMatchObject({ fileName: '现场照片.png', mimeType: 'image/png' });
    expect(link.size).toBe(png().length);
    expect(sha(await takeFile(services, link))).toBe(added.sha256);
    // A link works once.
    await expect(takeFile(services, link)).rejects.toThrow(/used or has expired/);
  });

  it('attaches a real workbook to the whole sheet', async () => {
    const bytes = await xlsx();
    const added = await call<EvidenceFileView>('evidence.add', await add(null, '台账.xlsx', bytes));
    expect(added.itemCode).toBeNull();
    expect(added.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses to hold a file over the 50 MB limit, naming the file and the limit', async () => {
    const big = Buffer.concat([png(), Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    await expect(
      holdFile(services, { fileName: 'big.png', bytes: big }, 'evidence'),
    ).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { fileName: 'big.png', kind: 'evidence', limitMb: 50 },
    });
    expect(count(services, 'evidence_files')).toBe(0);
  });

  it('refuses a chosen file that grew past the limit before it was stored, storing nothing', async () => {
    const input = await add(null, 'grown.png', png());
    const { path } = services.ctx.files.inbox.use(input.fileId, 'evidence');
    appendFileSync(path, Buffer.alloc(EVIDENCE_MAX_BYTES));
    const error = await refused('evidence.add', input);
    expect(error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { fileName: 'grown.png', limitMb: 50 },
    });
    expect(count(services, 'evidence_files')).toBe(0);
    expect(evidenceAudit()).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const bytes = Buffer.concat([png(), Buffer.alloc(EVIDENCE_MAX_BYTES - png().length)]);
    const added = await call<EvidenceFileView>('evidence.add', await add(null, 'edge.png', bytes));
    expect(added.sizeBytes).toBe(EVIDENCE_MAX_BYTES);
  });

  it('refuses programs and unknown binaries with the problem named, storing nothing', async () => {
    const exe = await refused(
      'evidence.add',
      await add(null, 'photo.png', Buffer.from('MZ\x90\x00')),
    );
    expect(exe).toMatchObject({
      code: 'INVALID_INPUT',
      details: { problem: 'executable', fileName: 'photo.png' },
    });
    const unknown = await refused(
      'evidence.add',
      await add(null, 'x.dat', Buffer.from([0, 1, 2, 255])),
    );
    expect(unknown.details).toMatchObject({ problem: 'unsupported-type', fileName: 'x.dat' });
    const empty = await refused('evidence.add', await add(null, 'e.txt', Buffer.alloc(0)));
    expect(empty.details).toMatchObject({ problem: 'empty' });
    expect(count(services, 'evidence_files')).toBe(0);
  });

  it('lets go of the chosen file once it is stored or refused: its id works once', async () => {
    const input = await add(null, 'a.txt', Buffer.from('hello'));
    await call('evidence.add', input);
    const again = await refused('evidence.add', input);
    expect(again).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'file' } });
    const refusedInput = await add(null, 'x.dat', Buffer.from([0, 1, 2, 255]));
    await refused('evidence.add', refusedInput);
    expect(services.ctx.files.inbox.size).toBe(0);
  });

  it('refuses a file chosen for another kind (an import) as evidence', async () => {
    const fileId = await holdFile(services, { fileName: 'a.txt', bytes: Buffer.from('x') });
    const error = await refused('evidence.add', { sheetId: sheet.id, itemCode: null, fileId });
    expect(error.details).toMatchObject({ problem: 'wrong-kind', fileName: 'a.txt' });
  });

  it('refuses the same bytes for the same target, naming the file already there', async () => {
    const item = items[0]!.code;
    const first = await call<EvidenceFileView>(
      'evidence.add',
      await add(item, '照片一.png', png()),
    );
    const error = await refused('evidence.add', await add(item, '照片二.png', png()));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { problem: 'duplicate', existing: '照片一.png', existingId: first.id },
    });
    // Another target is another piece of evidence.
    await call('evidence.add', await add(items[1]!.code, '照片一.png', png()));
    await call('evidence.add', await add(null, '照片一.png', png()));
    expect(count(services, 'evidence_files')).toBe(3);
  });

  it('never replaces a file: the same name with other bytes is kept beside it', async () => {
    const a = await call<EvidenceFileView>(
      'evidence.add',
      await add(null, '纪要.txt', Buffer.from('第一版')),
    );
    const b = await call<EvidenceFileView>(
      'evidence.add',
      await add(null, '纪要.txt', Buffer.from('第二版')),
    );
    expect(a.id).not.toBe(b.id);
    const list = await call<EvidenceFileView[]>('evidence.list', { sheetId: sheet.id });
    expect(list.map((f) => f.sha256)).toEqual([a.sha256, b.sha256]);
  });

  it('removes only with a reason, keeps the row and its bytes, and shows it as removed', async () => {
    const added = await call<EvidenceFileView>('evidence.add', await add(null, 'a.png', png()));
    for (const reason of ['', '  ', 'x']) {
      const error = await refused('evidence.remove', { id: added.id, reason });
      expect(error.details).toMatchObject({ problem: 'reason-required' });
    }
    const removed = await call<EvidenceFileView>('evidence.remove', {
      id: added.id,
      reason: ' 传错了文件 ',
    });
    expect(removed).toMatchObject({ removedBy: 'tester', removeReason: '传错了文件' });
    expect(removed.removedAt).not.toBeNull();
    const list = await call<EvidenceFileView[]>('evidence.list', { sheetId: sheet.id });
    expect(list).toEqual([removed]);
    const link = await call<EvidenceLink>('evidence.get', { id: added.id });
    expect(sha(await takeFile(services, link))).toBe(added.sha256);
    const again = await refused('evidence.remove', { id: added.id, reason: '再删一次' });
    expect(again.details).toMatchObject({ problem: 'already-removed' });
    // Once removed, the same bytes may be attached again.
    await call('evidence.add', await add(null, 'a.png', png()));
  });

  it('refuses adding and removing on a submitted sheet until it is reopened', async () => {
    const kept = await call<EvidenceFileView>('evidence.add', await add(null, 'a.png', png()));
    const submitted = await submit();
    expect((await refused('evidence.add', await add(null, 'b.txt', Buffer.from('b')))).code).toBe(
      'LOCKED',
    );
    expect((await refused('evidence.remove', { id: kept.id, reason: '不需要' })).code).toBe(
      'LOCKED',
    );
    expect(count(services, 'evidence_files')).toBe(1);
    await call('sheets.reopen', {
      sheetId: sheet.id,
      expectedVersion: submitted.version,
      reason: '补充材料',
    });
    await call('evidence.add', await add(null, 'b.txt', Buffer.from('b')));
    await call('evidence.remove', { id: kept.id, reason: '不需要' });
  });

  it('refuses an item the sheet rubric does not have', async () => {
    const error = await refused('evidence.add', await add('NO-SUCH-ITEM', 'a.png', png()));
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { problem: 'unknown-item', path: 'NO-SUCH-ITEM' },
    });
    expect(count(services, 'evidence_files')).toBe(0);
  });

  it('answers NOT_FOUND for an unknown sheet or file', async () => {
    const missing = '00000000-0000-4000-8000-999999999999';
    expect((await refused('evidence.list', { sheetId: missing })).code).toBe('NOT_FOUND');
    expect(
      (await refused('evidence.add', { ...(await add(null, 'a.png', png())), sheetId: missing }))
        .code,
    ).toBe('NOT_FOUND');
    expect((await refused('evidence.get', { id: missing })).code).toBe('NOT_FOUND');
    expect((await refused('evidence.remove', { id: missing, reason: '原因' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses extra keys and wrong shapes before doing anything', async () => {
    const base = await add(null, 'a.png', png());
    expect((await refused('evidence.add', { ...base, extra: 1 })).code).toBe('INVALID_INPUT');
    expect((await refused('evidence.add', { ...base, itemCode: 5 })).code).toBe('INVALID_INPUT');
    // A file id is an opaque capability, never a path or a name.
    for (const fileId of ['/etc/passwd', 'short', `${base.fileId}x`, ''])
      expect((await refused('evidence.add', { ...base, fileId })).code).toBe('INVALID_INPUT');
    expect(count(services, 'evidence_files')).toBe(0);
  });

  it('audits adding and removing on the sheet, visible in the branch audit', async () => {
    const item = items[0]!.code;
    const added = await call<EvidenceFileView>('evidence.add', await add(item, 'a.png', png()));
    await call('evidence.remove', { id: added.id, reason: '重复上传' });
    expect(evidenceAudit()).toEqual([
      {
        action: 'evidence-add',
        entity: 'sheet',
        entityId: sheet.id,
        before: null,
        after: {
          item,
          evidenceId: added.id,
          fileName: 'a.png',
          mimeType: 'image/png',
          sizeBytes: added.sizeBytes,
          sha256: added.sha256,
        },
        reason: null,
      },
      {
        action: 'evidence-remove',
        entity: 'sheet',
        entityId: sheet.id,
        before: { item, evidenceId: added.id, fileName: 'a.png', sha256: added.sha256 },
        after: { item, evidenceId: added.id, removedAt: expect.any(String) as string },
        reason: '重复上传',
      },
    ]);
    const trail = await call<AuditEntryView[]>('audit.forBranch', { branchId: sheet.branchId });
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['evidence-add', 'evidence-remove']),
    );
  });
});
