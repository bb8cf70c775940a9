import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { assertNotFrozen, frozenCheckpoint } from '../../../electron/services/integrity';
import { signatureValid } from '../../../electron/services/integrity/checkpoint';
import type { FingerprintCheck, FreezeStatus } from '../../../shared/domain/views/integrity';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { SheetView } from '../../../shared/domain/views/sheets';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decideThree, startedQingshanMeeting } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call, failure, runBuiltCli, takeFile, tempDir } from '../support';
import { unzip } from '../exports/support';
import type { OutgoingFile } from '../../../shared/domain/views/files';

/**
 * 定稿 (issue #14 point 2): 青山县's deciding round, decided by its committee, is frozen with a
 * signed checkpoint. Every path that could change its results is refused with FROZEN and
 * changes nothing; unfreezing needs a reason, and the next freeze is version 2.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let meeting: MeetingView;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
  meeting = await decideThree(services, await startedQingshanMeeting(services, county));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const closeMeeting = () => call<MeetingView>(services, 'meetings.close', { id: meeting.id });
const freeze = () => call<FreezeStatus>(services, 'integrity.freeze', { roundId: county.roundId });
const status = () => call<FreezeStatus>(services, 'integrity.status', { roundId: county.roundId });

/** Everything a frozen round's results are made of, as counts and a text of the rows. */
function results(): string {
  const db = services.ctx.db;
  const all = (sql: string) => JSON.stringify(db.prepare(sql).all());
  return [
    all('SELECT * FROM scores ORDER BY sheet_id, item_code'),
    all('SELECT id, status, version, remark, submitted_at FROM score_sheets ORDER BY id'),
    all('SELECT * FROM veto_resolutions ORDER BY id'),
    all('SELECT * FROM meeting_decisions ORDER BY id'),
    all('SELECT id, stage FROM meetings ORDER BY id'),
    all('SELECT * FROM campaign_branches ORDER BY branch_id'),
    all('SELECT id, rubric_version_id FROM campaigns ORDER BY id'),
  ].join('\n');
}

function sheetOf(
  branch: string,
  status: 'draft' | 'submitted',
): { id: string; version: number; evaluator_id: string } {
  return services.ctx.db
    .prepare(
      `SELECT id, version, evaluator_id FROM score_sheets WHERE round_id = ? AND branch_id = ? AND status = ?
        ORDER BY id LIMIT 1`,
    )
    .get(county.roundId, county.branches.get(branch), status) as {
    id: string;
    version: number;
    evaluator_id: string;
  };
}

describe('freezing a round (定稿)', () => {
  it('needs a closed committee meeting', async () => {
    expect((await status()).canFreeze).toBe(false);
    const refused = await failure(services, 'integrity.freeze', { roundId: county.roundId });
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'freezeNeedsClosedMeeting' },
    });
    expect(frozenCheckpoint(services.ctx.db, county.roundId)).toBeUndefined();
  });

  it('writes a signed checkpoint of the decided results, after a backup, audited', async () => {
    await closeMeeting();
    expect((await status()).canFreeze).toBe(true);
    const frozen = await freeze();
    expect(frozen.frozen).toBe(true);
    expect(frozen.matches).toBe(true);
    const checkpoint = frozen.current!;
    expect(checkpoint).toMatchObject({
      version: 1,
      county: '青山县',
      year: 2025,
      signatureValid: true,
      signedHere: true,
      unfrozenAt: null,
    });
    expect(checkpoint.size).toBe(county.branches.size);
    expect(checkpoint.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    const freezeBackups = readdirSync(join(tmp.dir, 'backups')).filter((n) => n.includes('freeze'));
    expect(freezeBackups).toHaveLength(1);
    const audit = services.ctx.db
      .prepare("SELECT after FROM audit_log WHERE action = 'freeze' AND entity_id = ?")
      .get(county.roundId) as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({
      version: 1,
      fingerprint: checkpoint.fingerprint,
    });
    // Freezing twice is refused, naming the round and the version.
    const again = await failure(services, 'integrity.freeze', { roundId: county.roundId });
    expect(again).toMatchObject({ code: 'FROZEN', details: { version: 1 } });
  });

  it('refuses every way of changing the results, and changes nothing', async () => {
    await closeMeeting();
    await freeze();
    const before = results();
    const draft = sheetOf('柳塘村', 'draft');
    const submitted = sheetOf('青山村', 'submitted');
    const { parent_id: township } = services.ctx.db
      .prepare('SELECT parent_id FROM org_units WHERE id = ?')
      .get(county.branches.get('青山村')) as { parent_id: string };
    const refusals: [string, unknown][] = [
      [
        'scores.save',
        { sheetId: draft.id, expectedVersion: draft.version, entries: [], remark: '改' },
      ],
      ['sheets.submit', { sheetId: draft.id, expectedVersion: draft.version }],
      [
        'sheets.reopen',
        { sheetId: submitted.id, expectedVersion: submitted.version, reason: '重评' },
      ],
      ['sheets.discard', { sheetId: draft.id, expectedVersion: draft.version }],
      [
        'sheets.open',
        { roundId: county.roundId, branchId: county.branches.get('青山村'), evaluatorId: null },
      ],
      [
        'grid.save',
        {
          roundId: county.roundId,
          evaluatorId: draft.evaluator_id,
          cells: [{ branchId: county.branches.get('柳塘村'), item: 'S1.1.1', value: null }],
          versions: { [draft.id]: draft.version },
        },
      ],
      [
        'vetoes.resolve',
        {
          roundId: county.roundId,
          branchId: county.branches.get('石门村'),
          itemCode: 'V1',
          reason: '已整改',
        },
      ],
      ['meetings.reopen', { id: meeting.id, reason: '补充表决' }],
      [
        'branchRegistry.addBranch',
        {
          campaignId: county.campaignId,
          townshipId: township,
          name: '新建村',
          branchType: 'rural',
        },
      ],
      [
        'campaigns.delete',
        { id: county.campaignId, confirmName: '青山县2025年度农村“五星”支部评定' },
      ],
    ];
    for (const [method, input] of refusals) {
      const error = await failure(services, method, input);
      expect(error.code, `${method}: ${error.message}`).toBe('FROZEN');
    }
    expect(results()).toBe(before);
    expect(zhCN.errors.FROZEN).toContain('定稿');
    expect(en.errors.FROZEN).toContain('frozen');
  });

  it('refuses a change made outside the app, by the database itself', async () => {
    await closeMeeting();
    await freeze();
    services.close();
    const raw = new Database(join(tmp.dir, 'qingshan.sqlite'));
    try {
      expect(() => raw.prepare('UPDATE scores SET points = points + 100').run()).toThrow('FROZEN');
      expect(() => raw.prepare('DELETE FROM meeting_items').run()).toThrow('FROZEN');
      expect(() => raw.prepare('DELETE FROM checkpoints').run()).toThrow('FROZEN');
      expect(() => raw.prepare("UPDATE checkpoints SET root = 'x'").run()).toThrow(
        /kept as signed/,
      );
    } finally {
      raw.close();
    }
    services = (await qingshanReopen()).services;
  });

  it('unfreezes with a reason only; the change is allowed; the next freeze is version 2', async () => {
    await closeMeeting();
    const first = (await freeze()).current!;
    expect(
      (await failure(services, 'integrity.unfreeze', { roundId: county.roundId, reason: '' })).code,
    ).toBe('INVALID_INPUT');
    const open = await call<FreezeStatus>(services, 'integrity.unfreeze', {
      roundId: county.roundId,
      reason: '异议核实后需重新评分',
    });
    expect(open.frozen).toBe(false);
    expect(open.history[0]).toMatchObject({ version: 1, unfreezeReason: '异议核实后需重新评分' });
    const submitted = sheetOf('青山村', 'submitted');
    const reopened = await call<SheetView>(services, 'sheets.reopen', {
      sheetId: submitted.id,
      expectedVersion: submitted.version,
      reason: '重评',
    });
    expect(reopened.status).toBe('draft');
    await call(services, 'sheets.submit', {
      sheetId: reopened.id,
      expectedVersion: reopened.version,
    });

    const second = (await freeze()).current!;
    expect(second.version).toBe(2);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    const history = (await status()).history;
    expect(history.map((c) => c.version)).toEqual([2, 1]);
    expect(() => assertNotFrozen(services.ctx, county.roundId)).toThrow(/frozen/);
  });

  it('finds a checkpoint from its fingerprint as typed from paper, current or superseded', async () => {
    await closeMeeting();
    const first = (await freeze()).current!;
    const typed = first.fingerprint.replace(/ /g, '').toLowerCase();
    const found = await call<FingerprintCheck>(services, 'integrity.findCheckpoint', {
      fingerprint: typed,
    });
    expect(found).toMatchObject({ found: true, current: true, checkpoint: { version: 1 } });
    await call(services, 'integrity.unfreeze', { roundId: county.roundId, reason: '重新审议' });
    await freeze();
    const old = await call<FingerprintCheck>(services, 'integrity.findCheckpoint', {
      fingerprint: first.fingerprint,
    });
    expect(old).toMatchObject({ found: true, current: false });
    const none = await call<FingerprintCheck>(services, 'integrity.findCheckpoint', {
      fingerprint: '0000 0000 0000 0000 0000',
    });
    expect(none).toEqual({ found: false });
  });

  it('detects a checkpoint whose signed fields were changed, and results that moved since', async () => {
    await closeMeeting();
    await freeze();
    const row = frozenCheckpoint(services.ctx.db, county.roundId)!;
    expect(signatureValid(row)).toBe(true);
    expect(
      signatureValid({ ...row, root: row.root.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) }),
    ).toBe(false);
    expect(signatureValid({ ...row, year: 2026 })).toBe(false);
    // A branch renamed after the freeze: the results no longer give the frozen root.
    await call(services, 'branchRegistry.editBranch', {
      branchId: county.branches.get('青山村'),
      name: '青山社区',
      branchType: 'rural',
      reason: '村改社区',
    });
    expect((await status()).matches).toBe(false);
  });
});

describe('the minutes of a frozen round', () => {
  it('print the fingerprint and its version, with a QR code image', async () => {
    await closeMeeting();
    const frozen = (await freeze()).current!;
    const file = await call<OutgoingFile>(services, 'meetings.minutes', { id: meeting.id });
    const bytes = await takeFile(services, file);
    // For people looking at the page: `XINGPING_MINUTES_OUT=dir npx vitest run …` keeps a copy.
    const keep = process.env.XINGPING_MINUTES_OUT;
    if (keep) writeFileSync(join(keep, 'minutes-frozen.docx'), bytes);
    const parts = unzip(bytes);
    expect(parts.get('word/document.xml')).toContain(`定稿指纹：${frozen.fingerprint}(第 1 版)`);
    expect([...parts.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });
});

describe('xingping verify --fingerprint', () => {
  const cli = runBuiltCli;

  it('names the checkpoint of a printed fingerprint, current or superseded, and refuses others', async () => {
    await closeMeeting();
    const first = (await freeze()).current!;
    await call(services, 'integrity.unfreeze', { roundId: county.roundId, reason: '重新审议' });
    const second = (await freeze()).current!;
    services.close();
    const file = join(tmp.dir, 'qingshan.sqlite');
    const current = cli(['verify', '--db', file, '--fingerprint', second.fingerprint]);
    expect(current.code, current.err).toBe(0);
    expect(current.out).toContain('是现行定稿');
    expect(current.out).toContain('第 2 版');
    const old = cli(['verify', '--db', file, '--fingerprint', first.fingerprint], 'en_US.UTF-8');
    expect(old.code).toBe(1);
    expect(old.out).toContain('version 1');
    expect(old.out).toContain('not the current result');
    const unknown = cli(['verify', '--db', file, '--fingerprint', '0000 0000 0000 0000 0000']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('不属于');
    services = (await qingshanReopen()).services;
  });
});

async function qingshanReopen(): Promise<{ services: AppServices }> {
  const { testServices } = await import('../support');
  return { services: testServices(join(tmp.dir, 'qingshan.sqlite'), false) };
}
