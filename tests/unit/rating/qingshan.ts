import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import { insertUnit } from '../../../electron/store/queries/units';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { seedQingshan } from '../../fixtures/qingshan-county';
import { call, FIXED_NOW, testServices } from '../support';

/** 青山县 (tests/fixtures/qingshan-county.ts) in a fresh database without the demo. */
export async function qingshanServices(
  dir: string,
): Promise<{ services: AppServices; county: Qingshan }> {
  const services = testServices(join(dir, 'qingshan.sqlite'), false);
  const countyId = services.ctx.newId();
  insertUnit(services.ctx.db, {
    id: countyId,
    parentId: null,
    kind: 'county',
    branchType: null,
    name: '青山县',
    sortOrder: 0,
    isDemo: false,
    createdAt: FIXED_NOW,
  });
  const county = await seedQingshan((method, input) => call(services, method, input), countyId);
  return { services, county };
}
