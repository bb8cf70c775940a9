import type { EntryValue } from '../../../shared/domain/entry';
import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import { getCampaign } from '../../store/queries/campaigns';
import { getRubricVersion } from '../../store/queries/rubrics';
import { findSheet, listScores } from '../../store/queries/sheet-rows';
import type { ServiceContext } from '../context';
import { requireValidDefinition } from '../rubrics/versions';

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

interface BranchRow {
  id: string;
  name: string;
  township_id: string;
  township_name: string;
}

/**
 * The branches the workbook covers: those assigned to the evaluator in the round, or for the
 * self-assessment every branch of the campaign; optionally only one township's.
 */
function listBranches(
  ctx: ServiceContext,
  campaignId: string,
  roundId: string,
  evaluatorId: string | null,
  townshipId: string | null,
): BranchRow[] {
  const assigned = evaluatorId
    ? 'AND cb.branch_id IN (SELECT branch_id FROM assignments WHERE round_id = @roundId AND evaluator_id = @evaluatorId)'
    : '';
  return ctx.db
    .prepare(
      `SELECT b.id, b.name, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = @campaignId ${assigned}
          AND (@townshipId IS NULL OR t.id = @townshipId)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({ campaignId, roundId, evaluatorId, townshipId }) as BranchRow[];
}

export function loadScope(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string | null; townshipId?: string | null | undefined },
  language: string,
): TemplateScope {
  const round = ctx.db
    .prepare('SELECT id, name, campaign_id FROM rounds WHERE id = ?')
    .get(input.roundId) as { id: string; name: string; campaign_id: string } | undefined;
  if (!round) throw new AppError('NOT_FOUND', 'Round missing', { entity: 'round' });
  const campaign = getCampaign(ctx.db, round.campaign_id);
  if (!campaign) throw new AppError('NOT_FOUND', 'Campaign missing', { entity: 'campaign' });
  let evaluatorName: string | null = null;
  if (input.evaluatorId !== null) {
    const evaluator = ctx.db
      .prepare(
        `SELECT e.name FROM evaluators e JOIN campaign_evaluators ce ON ce.evaluator_id = e.id
          WHERE e.id = ? AND ce.campaign_id = ?`,
      )
      .get(input.evaluatorId, campaign.id) as { name: string } | undefined;
    if (!evaluator) throw new AppError('NOT_FOUND', 'Evaluator missing', { entity: 'evaluator' });
    evaluatorName = evaluator.name;
  }
  const version = getRubricVersion(ctx.db, campaign.rubric_version_id);
  if (!version) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  const definition = requireValidDefinition(JSON.parse(version.definition));
  const townshipId = input.townshipId ?? null;
  const items = scopeItems(definition, language);
  const types = new Map(items.map((i) => [i.item.code, i.item.type]));
  const branches = listBranches(ctx, campaign.id, round.id, input.evaluatorId, townshipId).map(
    (b) => ({
      id: b.id,
      name: b.name,
      townshipId: b.township_id,
      townshipName: b.township_name,
      sheet: readSheet(ctx, round.id, b.id, input.evaluatorId, types),
    }),
  );
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    roundId: round.id,
    roundName: round.name,
    evaluatorId: input.evaluatorId,
    evaluatorName,
    townshipId,
    rubricVersionId: version.id,
    definition,
    items,
    branches,
  };
}
