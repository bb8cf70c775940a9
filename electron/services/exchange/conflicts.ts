import { AppError } from '../../../shared/errors';
import type { ConflictView } from '../../../shared/domain/views/exchange';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { EXISTS, travellingColumns } from './capture';
import { parse } from './clock';
import { describeRow } from './describe';
import {
  conflictRow,
  deleteRow,
  disputedItemsOf,
  fileByHash,
  insertRow,
  listConflictRows,
  operationsOfRow,
  readRow,
  updateRow,
} from './queries';
import { pendingChoice } from './queries/pending';
import { rowOpOf } from './operations';
import { rowState } from './row';
import { loggedPolicy } from './tables';

/**
 * The cells two laptops changed apart (待裁定), and the choice that settles one. The shown value
 * is the deterministic winner (the latest stamp) until someone chooses; the choice is an
 * ordinary local write, so it travels as an operation whose bases are every side and settles
 * the cell on every laptop it reaches. Editing the value on its own screen settles it too.
 */

interface StoredSide {
  op: string;
  value: string;
  actor: string;
}

function sideTime(op: string): string {
  const stamp = op.slice(0, op.lastIndexOf('/'));
  return new Date(parse(stamp).millis).toISOString();
}

export function listConflicts(ctx: ServiceContext): ConflictView[] {
  const rows = listConflictRows(ctx.db);
  const disputed = new Set(rows.map((row) => `${row.tbl}\u0000${row.row_key}\u0000${row.col}`));
  // Columns set together show once, under the first of them when it is disputed too.
  const shown = rows.filter((row) => {
    const together = loggedPolicy(row.tbl).together ?? [];
    const first = together[0];
    return (
      first === undefined ||
      !together.includes(row.col) ||
      row.col === first ||
      !disputed.has(`${row.tbl}\u0000${row.row_key}\u0000${first}`)
    );
  });
  const views = shown.map((row) => ({
    ...describeRow(ctx.db, row.tbl, row.row_key),
    col: row.col,
    foundAt: row.found_at,
    sides: (JSON.parse(row.heads) as StoredSide[]).map((side) => ({
      ...side,
      at: sideTime(side.op),
    })),
  }));
  // By township and branch, as the conflicts screen lists them.
  const text = (value: string | null) => value ?? '\uffff';
  return views.sort(
    (a, b) =>
      text(a.township).localeCompare(text(b.township), 'zh-CN') ||
      text(a.branch).localeCompare(text(b.branch), 'zh-CN') ||
      a.rowKey.localeCompare(b.rowKey) ||
      a.col.localeCompare(b.col),
  );
}

export interface ConflictChoice {
  tbl: string;
  rowKey: string;
  col: string;
  /** The side chosen, by its operation id. */
  op: string;
}

/** Settles a conflict with one of its sides (A or B); a new value is set on the data's own screen. */
export function resolveConflict(ctx: ServiceContext, input: ConflictChoice): void {
  write(ctx, (tx) => {
    const stored = conflictRow(ctx.db, input.tbl, input.rowKey, input.col);
    const side = stored
      ? (JSON.parse(stored.heads) as StoredSide[]).find((s) => s.op === input.op)
      : undefined;
    if (!stored || !side) {
      throw new AppError('NOT_FOUND', 'That conflict is already settled', { entity: 'conflict' });
    }
    const policy = loggedPolicy(input.tbl);
    const keyValues = JSON.parse(input.rowKey) as unknown[];
    const current = readRow(ctx.db, input.tbl, policy.key, keyValues);
    const columns = travellingColumns(ctx.db, input.tbl);
    if (input.col === EXISTS) {
      if (side.value === '0') {
        if (current) deleteRow(ctx.db, input.tbl, policy.key, keyValues);
      } else if (!current) {
        restoreRow(ctx, input.tbl, input.rowKey, columns);
      } else pendingChoice(ctx.db, input.tbl, input.rowKey, pick(current, columns), input.col);
    } else {
      if (!current) throw new AppError('NOT_FOUND', 'The row was deleted', { entity: 'conflict' });
      const chosen = chosenValues(ctx, input, policy.together ?? []);
      const changed: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(chosen))
        if ((current[column] ?? null) !== value) changed[column] = value;
      if (Object.keys(changed).length > 0)
        updateRow(ctx.db, input.tbl, policy.key, keyValues, changed);
      // A choice of the value shown changes nothing: it is recorded as an operation all the same.
      for (const column of Object.keys(chosen))
        if (!(column in changed))
          pendingChoice(ctx.db, input.tbl, input.rowKey, pick(current, columns), column);
    }
    tx.audit({
      action: 'exchange-resolve',
      entity: input.tbl,
      entityId: input.rowKey,
      before: { column: input.col, sides: JSON.parse(stored.heads) as unknown },
      after: { column: input.col, chosen: side },
    });
  });
}

/**
 * The chosen side's value of the disputed column, and of every column set together with it
 * that is disputed on the same row with a side of the same operation.
 */
function chosenValues(
  ctx: ServiceContext,
  input: ConflictChoice,
  together: readonly string[],
): Record<string, unknown> {
  const columns = together.includes(input.col) ? together : [input.col];
  const chosen: Record<string, unknown> = {};
  for (const column of columns) {
    const stored = conflictRow(ctx.db, input.tbl, input.rowKey, column);
    const side = stored
      ? (JSON.parse(stored.heads) as StoredSide[]).find((s) => s.op === input.op)
      : undefined;
    if (side) chosen[column] = JSON.parse(side.value) as unknown;
  }
  return chosen;
}

function pick(
  row: Readonly<Record<string, unknown>>,
  columns: readonly string[],
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const column of columns) picked[column] = row[column] ?? null;
  return picked;
}

/** Brings a deleted row back with its columns' latest values (keeping it, against a delete). */
function restoreRow(ctx: ServiceContext, tbl: string, rowKey: string, columns: readonly string[]) {
  const state = rowState(operationsOfRow(ctx.db, tbl, rowKey).map(rowOpOf));
  const row = pick(state.lastValues, columns);
  const file = loggedPolicy(tbl).file;
  if (file) {
    const named = row[file.hash];
    const bytes = fileByHash(ctx.db, tbl, file, typeof named === 'string' ? named : '');
    if (!bytes)
      throw new AppError('NOT_FOUND', 'The file is no longer here', { entity: 'conflict' });
    row[file.column] = bytes;
  }
  insertRow(ctx.db, tbl, row);
}

/**
 * The items of a sheet whose score two laptops changed apart and nobody has settled yet: the
 * score sheet marks them 待裁定 beside the value it shows (the deterministic winner).
 */
export function disputedItems(ctx: Pick<ServiceContext, 'db'>, sheetId: string): string[] {
  return disputedItemsOf(ctx.db, sheetId);
}
