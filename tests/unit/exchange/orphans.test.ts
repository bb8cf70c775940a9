import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { importPackage, previewPackage } from '../../../electron/services/exchange';
import { format } from '../../../electron/services/exchange/clock';
import { serialiseLogRows } from '../../../electron/services/exchange/operations';
import { writePackageFile } from '../../../electron/services/exchange/package-file';
import { sealPackage } from '../../../electron/services/exchange/seal';
import { installationKey } from '../../../electron/services/keys';
import { schemaVersion } from '../../../electron/store/open';
import { setUpQingshan } from '../county/qingshan';
import { FIXED_NOW, sequentialIds, tempDir } from '../support';
import { openLaptop } from './laptops';
import { travellingTables } from './tables-dump';

/**
 * A package that would leave rows of this laptop without their parent — the other laptop
 * deleted a township whose villages are still here — cannot be mended by refusing rows of the
 * package: the whole merge is refused in words, and nothing is kept.
 */
let tmp: ReturnType<typeof tempDir>;
let county: AppServices;
beforeEach(() => {
  tmp = tempDir();
  county = openLaptop(join(tmp.dir, 'qingshan'), '王芳', sequentialIds());
});
afterEach(() => {
  county.close();
  tmp.cleanup();
});

describe('a merge that would orphan rows of this laptop', () => {
  it('is refused with PACKAGE_INVALID (packageOrphans), at the preview too, and changes nothing', async () => {
    const q = await setUpQingshan(county);
    const townshipId = q.townships['石门乡']!;
    const rowKey = JSON.stringify([townshipId]);
    const head = county.ctx.db
      .prepare("SELECT op FROM change_log WHERE tbl = 'org_units' AND row_key = ? ORDER BY op DESC")
      .pluck()
      .get(rowKey) as string;
    // Another laptop (its own key and replica) deletes 石门乡, having seen its latest change.
    const replica = 'fedcba9876543210';
    const stamp = format({ millis: Date.parse(FIXED_NOW) + 60_000, counter: 0, replica });
    const operations = serialiseLogRows([
      {
        op: `${stamp}/00000001`,
        tbl: 'org_units',
        row_key: rowKey,
        vals: null,
        bases: JSON.stringify([head]),
        replica,
        actor: '李娜',
      },
    ]);
    const file = join(tmp.dir, '石门乡已删除.xpsync');
    await writePackageFile(
      file,
      sealPackage(
        installationKey({ info: { dataFile: ':memory:' } }),
        {
          schemaVersion: schemaVersion(county.ctx.db),
          createdAt: FIXED_NOW,
          source: { replica, operator: '李娜' },
          county: { id: q.county.id, name: '青山县' },
          campaign: null,
          scope: { kind: 'campaign' },
          operationCount: 1,
        },
        operations,
        [],
      ),
    );
    const before = travellingTables(county.ctx.db);

    // The preview says so already.
    await expect(previewPackage(county.ctx, file)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      details: { reason: 'packageOrphans' },
    });
    await expect(importPackage(county.ctx, file)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      details: { reason: 'packageOrphans' },
    });
    expect(travellingTables(county.ctx.db)).toEqual(before);
  });
});
