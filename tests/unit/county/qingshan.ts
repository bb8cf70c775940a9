import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type {
  CampaignSummary,
  CountyView,
  EvaluatorView,
  RoundView,
  RubricVersionSummary,
  RubricView,
  SheetView,
} from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import { call, FIXED_NOW, fullMarks, sequentialIds, tempDir } from '../support';

/**
 * A real county that is not the demo's, set up from an empty database as a county office
 * would: 青山县 with two townships and a sub-district, villages and communities, and the rural
 * five-star rubric made from its template.
 */
export const QINGSHAN = {
  county: '青山县',
  department: '中共青山县委组织部',
  townships: [
    { name: '云溪镇', kind: 'township', branches: ['石门村', '桃源村', '云溪社区'] },
    { name: '石门乡', kind: 'township', branches: ['上坝村', '下坝村'] },
    { name: '城南街道', kind: 'subdistrict', branches: ['锦江社区', '南湖社区', '青山村'] },
  ],
} as const;

export interface Qingshan {
  county: CountyView;
  townships: Record<string, string>;
  branches: Record<string, string>;
  rubricId: string;
}

const typeOf = (name: string) => (name.endsWith('社区') ? 'community' : 'rural');

export async function setUpQingshan(services: AppServices): Promise<Qingshan> {
  const county = await call<CountyView>(services, 'counties.create', {
    name: QINGSHAN.county,
    code: '411421',
    department: QINGSHAN.department,
  });
  const townships: Record<string, string> = {};
  const branches: Record<string, string> = {};
  for (const township of QINGSHAN.townships) {
    const { id } = await call<{ id: string }>(services, 'branchRegistry.addTownship', {
      countyId: county.id,
      name: township.name,
      kind: township.kind,
    });
    townships[township.name] = id;
    for (const name of township.branches) {
      const branch = await call<{ id: string }>(services, 'branchRegistry.addBranch', {
        countyId: county.id,
        townshipId: id,
        name,
        branchType: typeOf(name),
      });
      branches[name] = branch.id;
    }
  }
  const rubric = await call<RubricVersionSummary>(services, 'rubrics.createFromTemplate', {
    templateId: 'rural-five-star',
  });
  return { county, townships, branches, rubricId: rubric.id };
}

/**
 * Services over an empty database per test (no demo), as the app starts them: no fixed actor,
 * so the audit trail names the operator given here (王芳), or nobody when null.
 */
export function useEmptyServices(operator: string | null = '王芳'): () => AppServices {
  let tmp: ReturnType<typeof tempDir>;
  let services: AppServices;
  beforeEach(async () => {
    tmp = tempDir();
    services = startServices({
      dbFile: join(tmp.dir, 'county.sqlite'),
      host: 'web',
      version: '0.0.0-test',
      now: () => FIXED_NOW,
      newId: sequentialIds(),
    });
    if (operator !== null) await call(services, 'preferences.update', { operatorName: operator });
  });
  afterEach(() => {
    services.close();
    tmp.cleanup();
  });
  return () => services;
}

export interface QingshanCampaign {
  campaignId: string;
  rounds: { self: string; township: string; county: string };
  /** 周敏 (county office) and 陈刚 (from 石门乡), assigned every township in both rounds. */
  evaluators: { county: string; township: string };
  items: RubricItem[];
}

/**
 * The year's campaign over the rural branches of every township, with a self-assessment, a
 * township and a county round (the county one decides), and two evaluators assigned.
 */
export async function qingshanCampaign(
  services: AppServices,
  q: Qingshan,
): Promise<QingshanCampaign> {
  const campaign = await call<CampaignSummary>(services, 'campaigns.create', {
    name: '青山县2026年度农村“五星”支部评定',
    year: 2026,
    countyId: q.county.id,
    rubricVersionId: q.rubricId,
  });
  const [county] = await call<RoundView[]>(services, 'rounds.list', { campaignId: campaign.id });
  const self = await call<RoundView>(services, 'rounds.create', {
    campaignId: campaign.id,
    kind: 'self',
    name: '支部自评',
  });
  const township = await call<RoundView>(services, 'rounds.create', {
    campaignId: campaign.id,
    kind: 'township',
    name: '乡镇初评',
  });
  const zhou = await call<EvaluatorView>(services, 'evaluators.create', {
    campaignId: campaign.id,
    name: '周敏',
    role: '组织部干部',
    unitId: q.county.id,
  });
  const chen = await call<EvaluatorView>(services, 'evaluators.create', {
    campaignId: campaign.id,
    name: '陈刚',
    role: '乡镇干部',
    unitId: null,
  });
  for (const roundId of [county!.id, township.id]) {
    for (const evaluatorId of [zhou.id, chen.id]) {
      for (const townshipId of Object.values(q.townships)) {
        await call(services, 'assignments.assignTownship', { roundId, evaluatorId, townshipId });
      }
    }
  }
  const rubric = await call<RubricView>(services, 'rubrics.get', { id: q.rubricId });
  return {
    campaignId: campaign.id,
    rounds: { self: self.id, township: township.id, county: county!.id },
    evaluators: { county: zhou.id, township: chen.id },
    items: listItems(rubric.definition),
  };
}

/** Opens a sheet, enters full marks (or leaves it a draft with one entry) and submits it. */
export async function scoreSheet(
  services: AppServices,
  c: QingshanCampaign,
  where: { roundId: string; branchId: string; evaluatorId: string | null },
  how: 'submitted' | 'draft' = 'submitted',
): Promise<SheetView> {
  const sheet = await call<SheetView>(services, 'sheets.open', where);
  const entries = (how === 'draft' ? c.items.slice(0, 1) : c.items).map(fullMarks);
  const saved = await call<SheetView>(services, 'scores.save', {
    sheetId: sheet.id,
    expectedVersion: sheet.version,
    entries,
  });
  if (how === 'draft') return saved;
  return call<SheetView>(services, 'sheets.submit', {
    sheetId: saved.id,
    expectedVersion: saved.version,
  });
}
