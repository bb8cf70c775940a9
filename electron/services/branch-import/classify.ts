import type {
  BranchImportCounts,
  BranchImportRow,
} from '../../../shared/domain/views/branch-import';
import { BRANCH_IMPORT_STATUSES } from '../../../shared/domain/views/branch-import';
import { orgNameKey, spellingKey } from '../../../shared/domain/org-name';
import type { Store } from '../../store/open';
import type { BranchRow, TownshipRow } from './queries';
import { listBranches, listTownships } from './queries';
import type { ReadRow } from './rows';

/** The county as it stands, keyed the way file rows are matched (organisation keys). */
export interface Existing {
  townships: Map<string, TownshipRow>;
  /** By township id + NUL + name key. */
  branches: Map<string, BranchRow>;
  /** Importing into a campaign: existing branches not in it join it. */
  intoCampaign: boolean;
}

export const branchKey = (townshipId: string, nameKey: string): string =>
  `${townshipId}\u0000${nameKey}`;

export function loadExisting(db: Store, countyId: string, campaignId: string | null): Existing {
  const townships = new Map<string, TownshipRow>();
  for (const t of listTownships(db, countyId)) {
    const key = orgNameKey(t.name);
    if (!townships.has(key)) townships.set(key, t);
  }
  const branches = new Map<string, BranchRow>();
  for (const b of listBranches(db, countyId, campaignId)) {
    const key = branchKey(b.township_id, orgNameKey(b.name));
    if (!branches.has(key)) branches.set(key, b);
  }
  return { townships, branches, intoCampaign: campaignId !== null };
}

/**
 * Settles each readable row against the database: a branch with the same township and name
 * (compared by organisation key, so 西上屯村党支部 finds 西上屯村) is an update when the file
 * gives it another type, else the same; never a second branch. A match under another spelling
 * is marked (`matchedName`) so the preview shows it as a possible duplicate.
 */
export function classify(rows: ReadRow[], existing: Existing, sheet?: string): ReadRow[] {
  return rows.map((read) => {
    if (read.status !== 'new') return read;
    const row = { ...read };
    const township = existing.townships.get(row.townshipKey);
    row.newTownship = township === undefined;
    if (township === undefined) return row;
    const branch = existing.branches.get(branchKey(township.id, row.nameKey));
    if (branch === undefined) return row;
    if (branch.archived === 1) {
      // Never a second branch beside an archived one: restoring it is the user's decision.
      const problem = {
        code: 'branch-archived',
        ...(sheet === undefined ? {} : { sheet }),
        row: row.row,
        params: { name: branch.name },
      };
      return { ...row, status: 'error' as const, branchType: null, problems: [problem] };
    }
    row.currentType = branch.branch_type;
    row.enrol = existing.intoCampaign && branch.in_campaign === 0;
    if (spellingKey(branch.name) !== spellingKey(row.name)) row.matchedName = branch.name;
    row.status = !row.typeInferred && row.branchType !== branch.branch_type ? 'update' : 'same';
    // An inferred type is only a guess: the stored one stands.
    if (row.typeInferred) row.branchType = branch.branch_type;
    return row;
  });
}

export function countRows(rows: BranchImportRow[]): BranchImportCounts {
  const counts = Object.fromEntries(
    BRANCH_IMPORT_STATUSES.map((s) => [s, 0]),
  ) as BranchImportCounts;
  counts.newTownships = 0;
  counts.enrol = 0;
  counts.similar = 0;
  const townships = new Set<string>();
  for (const row of rows) {
    counts[row.status] += 1;
    if (row.enrol) counts.enrol += 1;
    if (row.matchedName !== undefined) counts.similar += 1;
    if (row.newTownship && row.status === 'new') townships.add(orgNameKey(row.township));
  }
  counts.newTownships = townships.size;
  return counts;
}

/** Drops the internal matching fields before rows travel to the renderer. */
export function publicRow(row: ReadRow): BranchImportRow {
  const { townshipKey: _t, nameKey: _n, typeInferred: _i, ...rest } = row;
  return rest;
}
