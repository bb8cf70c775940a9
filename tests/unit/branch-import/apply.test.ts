import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupsView } from '../../../shared/domain/views/backups';
import type {
  BranchImportPreview,
  BranchImportResult,
} from '../../../shared/domain/views/branch-import';
import { readManifest } from '../../../electron/services/backups/verify';
import type { AppServices } from '../../../electron/services/app';
import { withFileId } from '../support';
import {
  apply,
  applyFailure,
  call,
  failure,
  payload,
  preview,
  sheetBytes,
  useServices,
} from './support';

const { services, campaignId } = useServices();
const MAPPING = { township: 1, name: 2, type: 3 };

/** Two existing demo branches (one with another type in the file), one new, one broken row. */
const LIST: (string | null)[][] = [
  ['乡镇', '村名', '类型'],
  ['柳林镇', '柳林村党总支', '社区'],
  ['柳林镇', '东王庄村党支部', '村'],
  ['柳林镇', '新建村', '村'],
  ['新区街道', '未来社区', '社区'],
  ['柳林镇', null, '村'],
];

const file = async (rows = LIST) => payload('名单.xlsx', await sheetBytes(rows));

function snapshot(s: AppServices) {
  const db = s.ctx.db;
  return {
    units: db
      .prepare('SELECT id, parent_id, kind, branch_type, name FROM org_units ORDER BY id')
      .all(),
    members: db.prepare('SELECT * FROM campaign_branches ORDER BY campaign_id, branch_id').all(),
    audit: (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
  };
}

const typeOf = (s: AppServices, name: string) =>
  (
    s.ctx.db.prepare('SELECT branch_type FROM org_units WHERE name = ?').get(name) as
      { branch_type: string } | undefined
  )?.branch_type;

describe('applying a branch list', () => {
  it('previews existing branches as update or same, the new township as new', async () => {
    const p = await preview(services(), { campaignId: campaignId(), file: await file() });
    expect(p.rows.map((r) => [r.row, r.status, r.currentType ?? null, r.newTownship])).toEqual([
      [2, 'update', 'rural', false],
      [3, 'same', 'rural', false],
      [4, 'new', null, false],
      [5, 'new', null, true],
      [6, 'error', null, false],
    ]);
  });

  it('refuses while rows have errors, and changes nothing', async () => {
    const before = snapshot(services());
    const input = { campaignId: campaignId(), file: await file(), mapping: MAPPING };
    const error = await applyFailure(services(), {
      ...input,
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { problem: 'rows-invalid', count: 1 },
    });
    expect(snapshot(services())).toEqual(before);
  });

  it('updates existing branches when asked, and audits every change', async () => {
    const unitsBefore = snapshot(services()).units.length;
    const result = await apply(services(), {
      campaignId: campaignId(),
      file: await file(),
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: true,
    });
    expect(result).toEqual({
      townshipsCreated: 1,
      created: 2,
      updated: 1,
      enrolled: 0,
      unchanged: 1,
      skipped: 0,
      invalid: 1,
    });
    expect(typeOf(services(), '柳林村党总支')).toBe('community');
    // A verified backup of the data as it was before the import was taken first.
    const backups = await call<BackupsView>(services(), 'backups.list', {});
    expect(backups.backups.map((b) => [b.kind, b.check])).toEqual([['import', 'verified']]);
    const manifest = await readManifest(join(backups.folder, backups.backups[0]!.name));
    expect(manifest.rowCounts['org_units']).toBe(unitsBefore);
    const trail = services()
      .ctx.db.prepare(
        "SELECT action, entity, before, after FROM audit_log WHERE action LIKE 'import-%' ORDER BY seq",
      )
      .all() as { action: string; entity: string; before: string | null; after: string }[];
    expect(trail.map((t) => [t.action, t.entity])).toEqual([
      ['import-update', 'branch'],
      ['import-create', 'branch'],
      ['import-create', 'township'],
      ['import-create', 'branch'],
    ]);
    expect(JSON.parse(trail[0]!.before!)).toEqual({ branchType: 'rural' });
    const tree = await call<{ name: string; kind: string; branches: { name: string }[] }[]>(
      services(),
      'branches.tree',
      { campaignId: campaignId() },
    );
    expect(tree.find((t) => t.name === '新区街道')).toMatchObject({
      kind: 'subdistrict',
      branches: [{ name: '未来社区' }],
    });
  });

  it('leaves existing branches alone when asked to skip them', async () => {
    const result = await apply(services(), {
      campaignId: campaignId(),
      file: await file(),
      mapping: MAPPING,
      onExisting: 'skip',
      skipInvalid: true,
    });
    expect(result).toMatchObject({ updated: 0, unchanged: 2, created: 2 });
    expect(typeOf(services(), '柳林村党总支')).toBe('rural');
  });

  it('adds an existing county branch that is not yet in the campaign', async () => {
    const db = services().ctx.db;
    const branch = db.prepare("SELECT id FROM org_units WHERE name = '新店村党支部'").get() as {
      id: string;
    };
    db.prepare('DELETE FROM campaign_branches WHERE branch_id = ?').run(branch.id);
    const rows = [LIST[0]!, ['王店乡', '新店村党支部', null]];
    const p = await preview(services(), { campaignId: campaignId(), file: await file(rows) });
    expect(p.rows[0]).toMatchObject({ status: 'same', enrol: true });
    const result = await apply(services(), {
      campaignId: campaignId(),
      file: await file(rows),
      mapping: MAPPING,
      onExisting: 'skip',
      skipInvalid: false,
    });
    expect(result).toMatchObject({ enrolled: 1, created: 0 });
    expect(
      db.prepare('SELECT 1 FROM campaign_branches WHERE branch_id = ?').get(branch.id),
    ).toBeTruthy();
  });

  it('is all or nothing: a failure on the last row leaves the database as it was', async () => {
    const db = services().ctx.db;
    const before = snapshot(services());
    // The database refuses the last branch, after the others have been written.
    db.exec(`CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON org_units
             WHEN NEW.name = '未来社区' BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const error = await applyFailure(services(), {
      campaignId: campaignId(),
      file: await file(),
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: true,
    });
    expect(error.code).toBe('INTERNAL');
    db.exec('DROP TRIGGER refuse_last');
    expect(snapshot(services())).toEqual(before);
    expect(typeOf(services(), '柳林村党总支')).toBe('rural');
  });

  it('is all or nothing when the database file cannot grow', async () => {
    const db = services().ctx.db;
    const before = snapshot(services());
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const rows = [LIST[0]!, ...Array.from({ length: 3000 }, (_, i) => ['大镇', `第${i}村`, '村'])];
    const error = await applyFailure(services(), {
      campaignId: campaignId(),
      file: await file(rows),
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: false,
    });
    // A full disk is told as such (it used to be an anonymous INTERNAL error).
    expect(error).toMatchObject({ code: 'DISK_FULL', details: { operation: 'import' } });
    db.pragma('max_page_count = 1073741823');
    expect(snapshot(services())).toEqual(before);
  });

  it('applies the bytes it is sent, not the file previewed before', async () => {
    await preview(services(), { campaignId: campaignId(), file: await file() });
    const other = await file([LIST[0]!, ['柳林镇', '另一个村', '村']]);
    const result = await apply(services(), {
      campaignId: campaignId(),
      file: other,
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(result).toMatchObject({ created: 1, updated: 0, townshipsCreated: 0 });
    expect(typeOf(services(), '另一个村')).toBe('rural');
    expect(typeOf(services(), '新建村')).toBeUndefined();
  });

  it('applies the file it previewed (one held file) as previewed, and as changed since', async () => {
    const rows = [LIST[0]!, ['柳林镇', '东王庄村党支部', '村'], ['柳林镇', '新建村', '村']];
    const held = await withFileId(services(), { campaignId: campaignId(), file: await file(rows) });
    const asked = { ...held, mapping: MAPPING, onExisting: 'update', skipInvalid: false };
    const previewed = await call<BranchImportPreview>(services(), 'branchImport.preview', held);
    expect(previewed.counts).toMatchObject({ new: 1, same: 1, error: 0 });
    // Nothing changed since the preview: applied as previewed.
    expect(await call<BranchImportResult>(services(), 'branchImport.apply', asked)).toMatchObject({
      created: 1,
      unchanged: 1,
      invalid: 0,
    });

    const again = await withFileId(services(), {
      campaignId: campaignId(),
      file: await file(rows),
    });
    await call<BranchImportPreview>(services(), 'branchImport.preview', again);
    // Archived after the preview: the row names an archived branch now, and apply sees it.
    const archived = services()
      .ctx.db.prepare("SELECT id FROM org_units WHERE name = '东王庄村党支部'")
      .get() as { id: string };
    await call(services(), 'branchRegistry.archiveBranch', { branchId: archived.id });
    const refused = await failure(services(), 'branchImport.apply', {
      ...again,
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(refused).toMatchObject({ details: { problem: 'rows-invalid', count: 1 } });
  });

  it('refuses a file with file problems', async () => {
    const error = await applyFailure(services(), {
      campaignId: campaignId(),
      file: payload('x.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      mapping: MAPPING,
      onExisting: 'update',
      skipInvalid: true,
    });
    expect(error).toMatchObject({ details: { problem: 'file-invalid', code: 'not-xlsx' } });
  });

  it('rejects malformed input before reading anything', async () => {
    const error = await applyFailure(services(), {
      campaignId: campaignId(),
      file: await file(),
      mapping: { township: 0, name: 2, type: null },
      onExisting: 'maybe',
      skipInvalid: true,
    });
    expect(error.code).toBe('INVALID_INPUT');
  });
});
