import type { Store } from '../../store/open';
import type { RowLabel } from '../../../shared/domain/views/exchange';
import { branchOfSheet, sheetOfEvidence, unitNames, vetoPlace } from './queries/places';
import { loggedPolicy } from './tables';

/**
 * Names a row of the log for people: the branch (and its township) it belongs to when there is
 * one, and the item for a score or a veto's resolution. Conflicts and refusals are listed by
 * branch.
 */
export function describeRow(db: Store, tbl: string, rowKey: string): RowLabel {
  const key = JSON.parse(rowKey) as unknown[];
  const value = (column: string): string | null => {
    const index = loggedPolicy(tbl).key.indexOf(column);
    const found = index >= 0 ? key[index] : undefined;
    return typeof found === 'string' ? found : null;
  };
  const veto = tbl === 'veto_resolutions' ? vetoPlace(db, value('id') ?? '') : undefined;
  const sheetId =
    tbl === 'score_sheets'
      ? value('id')
      : tbl === 'scores'
        ? value('sheet_id')
        : tbl === 'evidence_files'
          ? (sheetOfEvidence(db, value('id') ?? '') ?? null)
          : null;
  const branchId =
    tbl === 'org_units'
      ? value('id')
      : sheetId !== null
        ? (branchOfSheet(db, sheetId) ?? null)
        : (veto?.branch_id ?? value('branch_id'));
  const item = tbl === 'scores' ? value('item_code') : (veto?.item_code ?? null);
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
