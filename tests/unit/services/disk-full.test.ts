import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { diskOperation, isDiskFull } from '../../../electron/services/disk-full';
import { writeAtomically } from '../../../electron/workbook/atomic-write';
import type { CountyView } from '../../../shared/domain/views';
import type { BranchImportResult } from '../../../shared/domain/views/branch-import';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';
import { sheetBytes } from '../branch-import/support';
import { call, failure, tempDir, testServices, withFileId } from '../support';

/**
 * Row 2 of the reliability table: a full disk. SQLite's side is simulated with
 * `PRAGMA max_page_count` (SQLite answers SQLITE_FULL and rolls back, as on a real full disk);
 * the file side with a real ENOSPC from Linux's /dev/full. No mocks of SQLite or the disk.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let countyId: string;

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'full.sqlite'), false);
  countyId = (
    await call<CountyView>(services, 'counties.create', { name: '青山县', code: '411421' })
  ).id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** Row counts of every table: a half-done import would change one. */
function counts(): string {
  const db = services.ctx.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map(
      ({ name }) =>
        `${name}:${(db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`,
    )
    .join(',');
}

/** 青山县's list: 400 villages over four townships, long enough to need new pages. */
async function bigList(): Promise<Buffer> {
  const rows: (string | number)[][] = [['乡镇', '党组织名称', '类型']];
  for (let i = 0; i < 400; i += 1)
    rows.push([
      ['云溪镇', '石门乡', '白沙镇', '城南街道'][i % 4]!,
      `青山第${i + 1}村党支部`,
      '农村',
    ]);
  return sheetBytes(rows);
}

describe('a full disk', () => {
  it('stops an import with DISK_FULL naming the import, rolled back, and the retry works', async () => {
    const bytes = await bigList();
    const input = async () =>
      withFileId(services, {
        countyId,
        file: { fileName: '青山县支部名单.xlsx', bytes },
        mapping: { township: 1, name: 2, type: 3 },
        onExisting: 'update',
        skipInvalid: false,
        jobId: crypto.randomUUID(),
      });
    const before = counts();
    const db = services.ctx.db;
    const pages = (db.pragma('page_count', { simple: true }) as number) + 2;
    db.pragma(`max_page_count = ${pages}`);

    const error = await failure(services, 'branchImport.apply', await input());
    expect(error).toMatchObject({ code: 'DISK_FULL', details: { operation: 'import' } });
    expect(counts()).toBe(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(zhCN.errors.DISK_FULL).toContain('{{operation}}');
    expect(en.errors.DISK_FULL).toContain('{{operation}}');
    expect(zhCN.diskOperations.import).toBe('导入');

    // Space again: the same import goes through whole.
    db.pragma('max_page_count = 1073741823');
    const done = await call<BranchImportResult>(services, 'branchImport.apply', await input());
    expect(done.created).toBe(400);
  });

  it('leaves the previous export and no temporary file when the disk fills while writing', async () => {
    const target = join(tmp.dir, '青山县评定结果.xlsx');
    writeFileSync(target, 'the export from yesterday');
    let caught: unknown;
    try {
      await writeAtomically(target, async (stream) => {
        stream.write(Buffer.alloc(64 * 1024, 1));
        // The next write meets a full disk: a real ENOSPC, from /dev/full.
        await writeFile('/dev/full', Buffer.alloc(1024));
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'ENOSPC' });
    expect(isDiskFull(caught)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('the export from yesterday');
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names what was interrupted from the method or task that met it', () => {
    expect(diskOperation('branchImport.apply')).toBe('import');
    expect(diskOperation('scoreTemplates.apply')).toBe('import');
    expect(diskOperation('rubrics.importFile')).toBe('import');
    expect(diskOperation('exports.build')).toBe('export');
    expect(diskOperation('scoreTemplates.write')).toBe('export');
    expect(diskOperation('rubrics.exportFile')).toBe('export');
    expect(diskOperation('scores.save')).toBe('save');
    expect(isDiskFull(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe(true);
    expect(isDiskFull(new Error('plain'))).toBe(false);
  });
});
