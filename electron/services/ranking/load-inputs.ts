import type { CompiledRubric } from '../../../shared/scoring';
import { emptySheet } from '../../../shared/scoring';
import type { BranchInput, SheetValues } from '../../../shared/scoring/types';
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
 * Reads the submitted sheets of one round into engine inputs. Scores are read in primary-key
 * order (sheet, item), so a sheet is looked up once per sheet rather than once per score row;
 * this read is the floor the benchmark compares the engine with.
 */
export function loadRoundInputs(
  db: Store,
  campaignId: string,
  roundId: string,
  rubric: CompiledRubric,
  branches: BranchRow[] = listRankingBranches(db, campaignId),
  /** Only this branch (a score changed): the same reads, limited to its sheets. */
  onlyBranch?: string,
): BranchInput[] {
  const branchFilter = onlyBranch === undefined ? '' : ' AND s.branch_id = ?';
  const params = onlyBranch === undefined ? [roundId] : [roundId, onlyBranch];
  const inputs: BranchInput[] = branches.map((b) => ({
    branchId: b.id,
    townshipId: b.township_id,
    sheets: [],
  }));
  const byBranch = new Map(inputs.map((input) => [input.branchId, input]));

  const sheetRows = db
    .prepare(
      `SELECT s.id, s.branch_id, s.status FROM score_sheets s WHERE s.round_id = ?${branchFilter}`,
    )
    .raw()
    .iterate(...params) as IterableIterator<[string, string, 'draft' | 'submitted']>;
  const sheets = new Map<string, SheetValues>();
  for (const [sheetId, branchId, status] of sheetRows) {
    const input = byBranch.get(branchId);
    if (!input) continue; // a sheet for a branch that no longer takes part
    if (status === 'draft') {
      input.pendingSheets = (input.pendingSheets ?? 0) + 1;
      continue;
    }
    const sheet = emptySheet(rubric);
    input.sheets.push(sheet);
    sheets.set(sheetId, sheet);
  }

  const scoreRows = db
    .prepare(
      `SELECT sc.sheet_id, sc.item_code, sc.points, sc.fact
         FROM score_sheets s JOIN scores sc ON sc.sheet_id = s.id
        WHERE s.round_id = ? AND s.status = 'submitted'${branchFilter}`,
    )
    .raw()
    .iterate(...params) as IterableIterator<[string, string, number, number | null]>;
  const { itemIndex, items } = rubric;
  let currentId = '';
  let current: SheetValues | undefined;
  for (const [sheetId, code, points, fact] of scoreRows) {
    if (sheetId !== currentId) {
      currentId = sheetId;
      current = sheets.get(sheetId);
    }
    if (!current) continue;
    const i = itemIndex.get(code);
    if (i === undefined) continue; // an item the rubric version no longer has
    const type = items[i]!.type;
    if (type === 'veto' || type === 'gate') {
      if (fact !== null) {
        current.facts[i] = fact;
        current.points[i] = 0;
      }
    } else {
      current.points[i] = points;
    }
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
