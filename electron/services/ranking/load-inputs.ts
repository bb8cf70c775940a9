import type { CompiledRubric } from '../../../shared/scoring';
import type { BranchInput } from '../../../shared/scoring/types';
import { readSheetRows, unpackSheet } from './pack';
import type { Store } from '../../store/open';

export interface BranchRow {
  id: string;
  name: string;
  branch_type: 'rural' | 'community' | 'other';
  township_id: string;
  township_name: string;
}

/** The campaign's branches in tree order: the order that breaks exact ties in the ranking. */
export function listRankingBranches(db: Store, campaignId: string): BranchRow[] {
  return db
    .prepare(
      `SELECT b.id, b.name, b.branch_type, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ?
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(campaignId) as BranchRow[];
}

/**
 * Reads the submitted sheets of one round into engine inputs. Each sheet's values come from
 * its pack (one row per sheet) when the pack follows this rubric version, otherwise from its
 * score rows; sheets read from rows are listed in `stale` so the caller can repack them.
 */
export function loadRoundInputs(
  db: Store,
  campaignId: string,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[] = listRankingBranches(db, campaignId),
  /** Only this branch (a score changed): the same reads, limited to its sheets. */
  onlyBranch?: string,
  stale?: string[],
): BranchInput[] {
  const branchFilter = onlyBranch === undefined ? '' : ' AND s.branch_id = ?';
  const params = onlyBranch === undefined ? [roundId] : [roundId, onlyBranch];
  const inputs: BranchInput[] = branches.map((b) => ({
    branchId: b.id,
    townshipId: b.township_id,
    sheets: [],
  }));
  const byBranch = new Map(inputs.map((input) => [input.branchId, input]));
  const itemCount = rubric.items.length;

  const sheetRows = db
    .prepare(
      `SELECT s.id, s.branch_id, s.status, s.packed, s.packed_rubric
         FROM score_sheets s WHERE s.round_id = ?${branchFilter}`,
    )
    .raw()
    .iterate(...params) as IterableIterator<
    [string, string, 'draft' | 'submitted', Uint8Array | null, string | null]
  >;
  const unpacked: { sheetId: string; input: BranchInput }[] = [];
  for (const [sheetId, branchId, status, packed, packedRubric] of sheetRows) {
    const input = byBranch.get(branchId);
    if (!input) continue; // a sheet for a branch that no longer takes part
    if (status === 'draft') {
      input.pendingSheets = (input.pendingSheets ?? 0) + 1;
      continue;
    }
    const fromPack =
      packed !== null && rubric.versionId !== null && packedRubric === rubric.versionId
        ? unpackSheet(packed, itemCount)
        : null;
    if (fromPack) input.sheets.push(fromPack);
    else unpacked.push({ sheetId, input });
  }
  for (const { sheetId, input } of unpacked) {
    input.sheets.push(readSheetRows(db, sheetId, rubric));
    stale?.push(sheetId);
  }

  const resolved = db
    .prepare('SELECT branch_id, item_code, reason FROM veto_resolutions WHERE round_id = ?')
    .all(roundId) as { branch_id: string; item_code: string; reason: string }[];
  for (const r of resolved) {
    const input = byBranch.get(r.branch_id);
    if (!input) continue;
    const map = new Map(input.resolvedVetoes ?? []);
    map.set(r.item_code, r.reason);
    input.resolvedVetoes = map;
  }
  return inputs;
}
