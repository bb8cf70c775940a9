import type { Store } from '../../store/open';
import type { RowLabel } from '../../../shared/domain/views/exchange';
import { branchOfSheet, unitNames } from './queries/places';
import { loggedPolicy } from './tables';

/**
 * Names a row of the log for people: the branch (and its township) it belongs to when there is
 * one, and the item for a score. Conflicts and refusals are listed by branch.
 */
export function describeRow(db: Store, tbl: string, rowKey: string): RowLabel {
  const key = JSON.parse(rowKey) as unknown[];
  const value = (column: string): string | null => {
    const index = loggedPolicy(tbl).key.indexOf(column);
    const found = index >= 0 ? key[index] : undefined;
    return typeof found === 'string' ? found : null;
  };
  const branchId =
    tbl === 'org_units'
      ? value('id')
      : tbl === 'score_sheets'
        ? (branchOfSheet(db, value('id') ?? '') ?? null)
        : tbl === 'scores'
          ? (branchOfSheet(db, value('sheet_id') ?? '') ?? null)
          : value('branch_id');
  const item = tbl === 'scores' ? value('item_code') : null;
  const names = branchId ? unitNames(db, branchId) : undefined;
  return {
    tbl,
    rowKey,
    branch: names?.name ?? null,
    township: names?.parent ?? null,
    item,
  };
}

export function describeRows(
  db: Store,
  rows: readonly { tbl: string; rowKey: string }[],
): RowLabel[] {
  return rows.map((row) => describeRow(db, row.tbl, row.rowKey));
}
