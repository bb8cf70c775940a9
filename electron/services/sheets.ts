import type { EntryValue } from '../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../shared/domain/entry';
import { entryRefusal, entryRefusalMessage } from '../../shared/domain/entry-refusal';
import type { RubricItem } from '../../shared/domain/rubric';
import type { AuditEntryView, SheetView } from '../../shared/domain/views';
import { AppError } from '../../shared/errors';
import type { CompiledRubric } from '../../shared/scoring';
import { compileRubric } from '../../shared/scoring';
import { getRubricVersion } from '../store/queries/rubrics';
import type { SheetRow } from '../store/queries/sheet-rows';
import {
  bumpSheetVersion,
  deleteScore,
  findSheet,
  getSheet,
  listScores,
  upsertScore,
} from '../store/queries/sheet-rows';
import { insertSheet } from '../store/queries/sheets';
import { audit } from './audit';
import type { ServiceContext } from './context';
import { repackSheets } from './ranking/pack';
import { branchChanged } from './ranking/service';
import { dataRevision } from './ranking/revision';
import { requireValidDefinition } from './rubric-versions';
import { requireAssignment } from './rounds/sheet-access';

function toView(ctx: ServiceContext, row: SheetRow): SheetView {
  const entries: SheetView['entries'] = {};
  for (const score of listScores(ctx.db, row.id)) {
    if (score.input === null) continue;
    entries[score.item_code] = {
      value: JSON.parse(score.input) as EntryValue,
      points: score.points,
      remark: score.remark,
    };
  }
  return {
    id: row.id,
    campaignId: row.campaign_id,
    roundId: row.round_id,
    roundName: row.round_name,
    branchId: row.branch_id,
    branchName: row.branch_name,
    townshipName: row.township_name,
    evaluatorId: row.evaluator_id,
    evaluatorName: row.evaluator_name,
    status: row.status,
    version: row.version,
    remark: row.remark,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    rubricVersionId: row.rubric_version_id,
    entries,
  };
}

function requireSheet(ctx: ServiceContext, id: string): SheetRow {
  const row = getSheet(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Sheet ${id} does not exist`, { entity: 'sheet' });
  return row;
}

function rubricOf(ctx: ServiceContext, rubricVersionId: string): CompiledRubric {
  const row = getRubricVersion(ctx.db, rubricVersionId);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  return compileRubric(requireValidDefinition(JSON.parse(row.definition)), row.id);
}

function itemsOf(rubric: CompiledRubric): Map<string, RubricItem> {
  return new Map(rubric.items.map((i) => [i.code, i]));
}

/** The version check every change goes through: a stale window gets CONFLICT, loses nothing. */
function claimVersion(
  ctx: ServiceContext,
  row: SheetRow,
  expected: number,
  changes: { status?: 'draft' | 'submitted'; remark?: string },
): void {
  if (!bumpSheetVersion(ctx.db, row.id, expected, { ...changes, at: ctx.now() })) {
    throw new AppError('CONFLICT', 'The sheet was changed elsewhere; reload it', {
      entity: 'sheet',
      version: row.version,
    });
  }
}

export function getSheetView(ctx: ServiceContext, sheetId: string): SheetView {
  return toView(ctx, requireSheet(ctx, sheetId));
}

/** Opens one evaluator's sheet (or the self-assessment, evaluator null), creating a draft. */
export function openSheet(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; evaluatorId: string | null },
): SheetView {
  const id = ctx.db
    .transaction(() => {
      const existing = findSheet(ctx.db, input.roundId, input.branchId, input.evaluatorId);
      if (!existing) {
        // An archived branch keeps the sheets it has but gets no new work.
        const takesPart = ctx.db
          .prepare(
            `SELECT b.archived_at FROM rounds r
               JOIN campaign_branches cb ON cb.campaign_id = r.campaign_id
               JOIN org_units b ON b.id = cb.branch_id
              WHERE r.id = ? AND cb.branch_id = ?`,
          )
          .get(input.roundId, input.branchId) as { archived_at: string | null } | undefined;
        if (!takesPart || takesPart.archived_at !== null)
          throw new AppError('NOT_FOUND', 'Branch or round not in this campaign', {
            entity: 'branch',
          });
      }
      if (input.evaluatorId !== null)
        requireAssignment(ctx, { ...input, evaluatorId: input.evaluatorId });
      if (existing) return existing.id;
      const sheetId = ctx.newId();
      insertSheet(ctx.db, { id: sheetId, ...input, status: 'draft', at: ctx.now() });
      audit(ctx, { action: 'open', entity: 'sheet', entityId: sheetId, after: input });
      return sheetId;
    })
    .immediate();
  return getSheetView(ctx, id);
}

export interface SaveInput {
  sheetId: string;
  expectedVersion: number;
  entries: { item: string; value: EntryValue | null; remark?: string | undefined }[];
  remark?: string | undefined;
}

/**
 * Saves entries all or nothing: every entry is checked against its item's rule first, so a
 * value above the maximum is refused with the item named and nothing is stored. Each change is
 * audited with its before and after.
 */
export function saveScores(ctx: ServiceContext, input: SaveInput): SheetView {
  const revisionBefore = dataRevision(ctx);
  ctx.db
    .transaction(() => {
      const row = requireSheet(ctx, input.sheetId);
      if (row.status === 'submitted') {
        throw new AppError('LOCKED', 'Submitted sheets are locked', { entity: 'sheet' });
      }
      const rubric = rubricOf(ctx, row.rubric_version_id);
      const items = itemsOf(rubric);
      const before = new Map(listScores(ctx.db, row.id).map((s) => [s.item_code, s]));
      const resolved = input.entries.map((entry) => {
        const item = items.get(entry.item);
        if (!item) {
          throw new AppError('INVALID_INPUT', `Unknown item ${entry.item}`, {
            path: entry.item,
            problem: 'unknown-item',
          });
        }
        if (entry.value === null) return { entry, result: null };
        const result = resolveEntry(item, entry.value);
        if (isEntryProblem(result)) {
          const refusal = entryRefusal(entry.item, result);
          throw new AppError('INVALID_INPUT', entryRefusalMessage(refusal), {
            path: entry.item,
            ...refusal,
          });
        }
        return { entry, result };
      });
      claimVersion(
        ctx,
        row,
        input.expectedVersion,
        input.remark === undefined ? {} : { remark: input.remark },
      );
      const at = ctx.now();
      for (const { entry, result } of resolved) {
        const old = before.get(entry.item);
        const oldValue = old?.input ? (JSON.parse(old.input) as unknown) : null;
        if (result === null) {
          if (!old) continue;
          deleteScore(ctx.db, row.id, entry.item);
        } else {
          upsertScore(ctx.db, {
            sheetId: row.id,
            item: entry.item,
            points: result.points,
            fact: result.fact,
            input: JSON.stringify(result.input),
            remark: entry.remark ?? old?.remark ?? '',
            at,
          });
        }
        audit(ctx, {
          action: 'score',
          entity: 'sheet',
          entityId: row.id,
          before: { item: entry.item, value: oldValue, remark: old?.remark ?? '' },
          after: {
            item: entry.item,
            value: result?.input ?? null,
            remark: entry.remark ?? old?.remark ?? '',
          },
        });
      }
      repackSheets(ctx.db, [row.id], rubric);
      if (input.remark !== undefined && input.remark !== row.remark) {
        audit(ctx, {
          action: 'remark',
          entity: 'sheet',
          entityId: row.id,
          before: row.remark,
          after: input.remark,
        });
      }
    })
    .immediate();
  return afterStatusChange(ctx, input.sheetId, revisionBefore);
}

/** A change to one sheet touches one branch of the ranking: update it for that branch only. */
function afterStatusChange(
  ctx: ServiceContext,
  sheetId: string,
  revisionBefore: number,
): SheetView {
  const view = getSheetView(ctx, sheetId);
  branchChanged(ctx, view.campaignId, view.roundId, view.branchId, revisionBefore);
  return view;
}

/** Submits a complete sheet; it is locked from then on. */
export function submitSheet(
  ctx: ServiceContext,
  sheetId: string,
  expectedVersion: number,
): SheetView {
  const revisionBefore = dataRevision(ctx);
  ctx.db
    .transaction(() => {
      const row = requireSheet(ctx, sheetId);
      if (row.status === 'submitted')
        throw new AppError('LOCKED', 'Already submitted', { entity: 'sheet' });
      const items = itemsOf(rubricOf(ctx, row.rubric_version_id));
      const entered = new Set(listScores(ctx.db, sheetId).map((s) => s.item_code));
      const missing = [...items.values()].filter(
        (item) => item.type !== 'bonus' && item.type !== 'veto' && !entered.has(item.code),
      );
      if (missing.length > 0) {
        throw new AppError('INCOMPLETE', `${missing.length} item(s) missing`, {
          count: missing.length,
          path: missing[0]!.code,
        });
      }
      claimVersion(ctx, row, expectedVersion, { status: 'submitted' });
      audit(ctx, {
        action: 'submit',
        entity: 'sheet',
        entityId: sheetId,
        before: 'draft',
        after: 'submitted',
      });
    })
    .immediate();
  return afterStatusChange(ctx, sheetId, revisionBefore);
}

/** Reopens a submitted sheet for correction; needs a reason, which the audit trail keeps. */
export function reopenSheet(
  ctx: ServiceContext,
  sheetId: string,
  expectedVersion: number,
  reason: string,
): SheetView {
  const revisionBefore = dataRevision(ctx);
  ctx.db
    .transaction(() => {
      const row = requireSheet(ctx, sheetId);
      if (row.status !== 'submitted') {
        throw new AppError('CONFLICT', 'Only a submitted sheet can be reopened', {
          entity: 'sheet',
        });
      }
      claimVersion(ctx, row, expectedVersion, { status: 'draft' });
      audit(ctx, {
        action: 'reopen',
        entity: 'sheet',
        entityId: sheetId,
        before: 'submitted',
        after: 'draft',
        reason,
      });
    })
    .immediate();
  return afterStatusChange(ctx, sheetId, revisionBefore);
}

/** Everything audited about a branch: its sheets' changes and its own entries, oldest first. */
export function branchAudit(ctx: ServiceContext, branchId: string): AuditEntryView[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM audit_log
        WHERE (entity = 'branch' AND entity_id = ?)
           OR (entity = 'sheet' AND entity_id IN (SELECT id FROM score_sheets WHERE branch_id = ?))
        ORDER BY seq`,
    )
    .all(branchId, branchId) as {
    seq: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
    before: string | null;
    after: string | null;
    reason: string | null;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
    reason: r.reason,
  }));
}
