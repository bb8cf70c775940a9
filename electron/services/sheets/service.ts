import type { EntryValue } from '../../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../../shared/domain/entry';
import { sheetFitsRound } from '../../../shared/domain/org';
import { entryRefusal, entryRefusalMessage } from '../../../shared/domain/entry-refusal';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { SheetView } from '../../../shared/domain/views/sheets';
import { AppError } from '../../../shared/errors';
import type { CompiledRubric } from '../../../shared/scoring';
import type { SheetRow } from '../../store/queries/sheet-rows';
import {
  bumpSheetVersion,
  deleteScore,
  findSheet,
  getSheet,
  listScores,
  upsertScore,
} from '../../store/queries/sheet-rows';
import { insertSheet } from '../../store/queries/sheets';
import { sheetIdFor } from './derived-ids';
import { assertRoundOpen } from '../../store/frozen';
import { frozenCheckpoint } from '../../store/queries/checkpoints';
import type { Tx } from '../../store/write';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { disputedItems } from '../exchange';
import { repackSheets } from '../ranking';
import { requireAssignment, requireSheetFitsRound } from '../rounds';
import { loadCompiledRubric } from '../rubrics';
import { branchTakingPart } from './queries';

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
    roundKind: row.round_kind,
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
    frozen: frozenCheckpoint(ctx.db, row.round_id) !== undefined,
    disputed: disputedItems(ctx, row.id),
    entries,
  };
}

export function requireSheet(ctx: ServiceContext, id: string): SheetRow {
  const row = getSheet(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Sheet ${id} does not exist`, { entity: 'sheet' });
  return row;
}

/** A sheet about to change: it must exist and its round must not be frozen (定稿). */
export function requireWritableSheet(ctx: ServiceContext, id: string): SheetRow {
  const row = requireSheet(ctx, id);
  assertRoundOpen(ctx.db, row.round_id);
  return row;
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

function viewOf(ctx: ServiceContext, sheetId: string): SheetView {
  return toView(ctx, requireSheet(ctx, sheetId));
}

export function getSheetView(ctx: ServiceContext, input: { sheetId: string }): SheetView {
  return viewOf(ctx, input.sheetId);
}

/**
 * A sheet filed in a round of the wrong kind (a self sheet in a county review, from before the
 * rule existed) can be looked at and discarded, but takes no more changes: the ranking does not
 * count it, and more work in it would only be lost work.
 */
function requireFitting(ctx: ServiceContext, row: SheetRow): void {
  if (!sheetFitsRound(row.round_kind, row.evaluator_id))
    requireSheetFitsRound(ctx, { roundId: row.round_id, evaluatorId: row.evaluator_id });
}

/**
 * Opens one evaluator's sheet (or the self-assessment, evaluator null), creating a draft. A
 * self-assessment is made only in a self round and an evaluator's sheet only in the others.
 */
export function openSheet(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; evaluatorId: string | null },
): SheetView {
  const id = write(ctx, (tx) => {
    const existing = findSheet(ctx.db, input.roundId, input.branchId, input.evaluatorId);
    if (!existing) {
      assertRoundOpen(ctx.db, input.roundId);
      // An archived branch keeps the sheets it has but gets no new work.
      const takesPart = branchTakingPart(ctx.db, input.roundId, input.branchId);
      if (!takesPart || takesPart.archived_at !== null)
        throw new AppError('NOT_FOUND', 'Branch or round not in this campaign', {
          entity: 'branch',
        });
      requireSheetFitsRound(ctx, input);
    }
    if (input.evaluatorId !== null)
      requireAssignment(ctx, { ...input, evaluatorId: input.evaluatorId });
    if (existing) return existing.id;
    const sheetId = sheetIdFor(input);
    insertSheet(ctx.db, { id: sheetId, ...input, status: 'draft', at: ctx.now() });
    tx.audit({ action: 'open', entity: 'sheet', entityId: sheetId, after: input });
    return sheetId;
  });
  return viewOf(ctx, id);
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
  write(ctx, (tx) => {
    const row = requireWritableSheet(ctx, input.sheetId);
    if (row.status === 'submitted') {
      throw new AppError('LOCKED', 'Submitted sheets are locked', { entity: 'sheet' });
    }
    requireFitting(ctx, row);
    const rubric = loadCompiledRubric(ctx, row.rubric_version_id);
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
      tx.audit({
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
      tx.audit({
        action: 'remark',
        entity: 'sheet',
        entityId: row.id,
        before: row.remark,
        after: input.remark,
      });
    }
  });
  return viewOf(ctx, input.sheetId);
}

/** The required items (not bonus, not veto) a sheet has no entry for, in rubric order. */
function missingItems(ctx: ServiceContext, row: SheetRow): RubricItem[] {
  const items = loadCompiledRubric(ctx, row.rubric_version_id).items;
  const entered = new Set(listScores(ctx.db, row.id).map((s) => s.item_code));
  return items.filter(
    (item) => item.type !== 'bonus' && item.type !== 'veto' && !entered.has(item.code),
  );
}

/**
 * Locks one draft inside the caller's write: it must fit its round, be complete and still be at
 * the version the user saw.
 */
export function submitRow(ctx: ServiceContext, tx: Tx, row: SheetRow, expected: number): void {
  if (row.status === 'submitted')
    throw new AppError('LOCKED', 'Already submitted', { entity: 'sheet' });
  requireFitting(ctx, row);
  // A stale window hears that first: what it would submit is not what is stored.
  if (row.version !== expected) claimVersion(ctx, row, expected, {});
  const missing = missingItems(ctx, row);
  if (missing.length > 0) {
    throw new AppError('INCOMPLETE', `${missing.length} item(s) missing`, {
      count: missing.length,
      path: missing[0]!.code,
      branch: row.branch_name,
    });
  }
  claimVersion(ctx, row, expected, { status: 'submitted' });
  tx.audit({
    action: 'submit',
    entity: 'sheet',
    entityId: row.id,
    before: 'draft',
    after: 'submitted',
  });
}

/** Submits a complete sheet; it is locked from then on. */
export function submitSheet(
  ctx: ServiceContext,
  input: { sheetId: string; expectedVersion: number },
): SheetView {
  const { sheetId, expectedVersion } = input;
  write(ctx, (tx) => submitRow(ctx, tx, requireWritableSheet(ctx, sheetId), expectedVersion));
  return viewOf(ctx, sheetId);
}

/** Reopens a submitted sheet for correction; needs a reason, which the audit trail keeps. */
export function reopenSheet(
  ctx: ServiceContext,
  input: { sheetId: string; expectedVersion: number; reason: string },
): SheetView {
  const { sheetId, expectedVersion, reason } = input;
  write(ctx, (tx) => {
    const row = requireWritableSheet(ctx, sheetId);
    if (row.status !== 'submitted') {
      throw new AppError('CONFLICT', 'Only a submitted sheet can be reopened', {
        entity: 'sheet',
      });
    }
    claimVersion(ctx, row, expectedVersion, { status: 'draft' });
    tx.audit({
      action: 'reopen',
      entity: 'sheet',
      entityId: sheetId,
      before: 'submitted',
      after: 'draft',
      reason,
    });
  });
  return viewOf(ctx, sheetId);
}
