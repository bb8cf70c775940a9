import type { EntryValue } from '../../../shared/domain/entry';
import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { sheetFitsRound } from '../../../shared/domain/org';
import { AppError } from '../../../shared/errors';
import { getCampaign } from '../../store/queries/campaigns';
import { findSheet, listScores } from '../../store/queries/sheet-rows';
import type { ServiceContext } from '../context';
import { requireSheetFitsRound } from '../rounds';
import { loadRubric } from '../rubrics';
import { campaignEvaluatorName, findRound, listTemplateBranches } from './queries';

/** One rubric item with the names of its dimension and indicator, in rubric order. */
export interface ScopeItem {
  item: RubricItem;
  dimension: string;
  indicator: string;
}

/** A branch's sheet as stored when the workbook is made or read (version 0: no sheet yet). */
export interface ScopeSheet {
  id: string | null;
  version: number;
  status: 'draft' | 'submitted';
  entries: Map<string, EntryValue>;
}

export interface ScopeBranch {
  id: string;
  name: string;
  townshipId: string;
  townshipName: string;
  sheet: ScopeSheet;
}

/** Everything a fill-in workbook is about: one round, one evaluator (or none), their branches. */
export interface TemplateScope {
  campaignId: string;
  campaignName: string;
  roundId: string;
  roundName: string;
  evaluatorId: string | null;
  evaluatorName: string | null;
  townshipId: string | null;
  rubricVersionId: string;
  definition: RubricDefinition;
  items: ScopeItem[];
  branches: ScopeBranch[];
}

export function scopeItems(definition: RubricDefinition, language: string): ScopeItem[] {
  const en = language === 'en';
  return definition.dimensions.flatMap((d) =>
    d.indicators.flatMap((i) =>
      i.items.map((item) => ({
        item,
        dimension: (en && d.nameEn) || d.name,
        indicator: (en && i.nameEn) || i.name,
      })),
    ),
  );
}

/** Item types whose stored points are the entry itself. */
export type ItemTypes = ReadonlyMap<string, RubricItem['type']>;

export function readSheet(
  ctx: ServiceContext,
  roundId: string,
  branchId: string,
  evaluatorId: string | null,
  types: ItemTypes,
): ScopeSheet {
  const row = findSheet(ctx.db, roundId, branchId, evaluatorId);
  if (!row) return { id: null, version: 0, status: 'draft', entries: new Map() };
  const entries = new Map<string, EntryValue>();
  for (const s of listScores(ctx.db, row.id)) {
    const input = s.input === null ? null : (JSON.parse(s.input) as EntryValue | null);
    if (input !== null) entries.set(s.item_code, input);
    // Rows stored without an entry (the demo writes JSON null for points items) still hold a
    // value: the points.
    else if (types.get(s.item_code) === 'points' || types.get(s.item_code) === 'bonus')
      entries.set(s.item_code, { points: s.points });
  }
  return { id: row.id, version: row.version, status: row.status, entries };
}

export function loadScope(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string | null; townshipId?: string | null | undefined },
  language: string,
): TemplateScope {
  const round = findRound(ctx.db, input.roundId);
  if (!round) throw new AppError('NOT_FOUND', 'Round missing', { entity: 'round' });
  if (!sheetFitsRound(round.kind, input.evaluatorId))
    requireSheetFitsRound(ctx, { roundId: round.id, evaluatorId: input.evaluatorId });
  const campaign = getCampaign(ctx.db, round.campaign_id);
  if (!campaign) throw new AppError('NOT_FOUND', 'Campaign missing', { entity: 'campaign' });
  let evaluatorName: string | null = null;
  if (input.evaluatorId !== null) {
    evaluatorName = campaignEvaluatorName(ctx.db, input.evaluatorId, campaign.id) ?? null;
    if (evaluatorName === null)
      throw new AppError('NOT_FOUND', 'Evaluator missing', { entity: 'evaluator' });
  }
  const definition = loadRubric(ctx, campaign.rubric_version_id);
  const townshipId = input.townshipId ?? null;
  const items = scopeItems(definition, language);
  const types = new Map(items.map((i) => [i.item.code, i.item.type]));
  const branches = listTemplateBranches(ctx.db, {
    campaignId: campaign.id,
    roundId: round.id,
    evaluatorId: input.evaluatorId,
    townshipId,
  }).map((b) => ({
    id: b.id,
    name: b.name,
    townshipId: b.township_id,
    townshipName: b.township_name,
    sheet: readSheet(ctx, round.id, b.id, input.evaluatorId, types),
  }));
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    roundId: round.id,
    roundName: round.name,
    evaluatorId: input.evaluatorId,
    evaluatorName,
    townshipId,
    rubricVersionId: campaign.rubric_version_id,
    definition,
    items,
    branches,
  };
}
