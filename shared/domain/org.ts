/** Levels of the organisation tree: county → township or sub-district → branch. */
export const UNIT_KINDS = ['county', 'township', 'subdistrict', 'branch'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What kind of grassroots organisation a branch is; rubrics differ between them. */
export const BRANCH_TYPES = ['rural', 'community', 'other'] as const;
export type BranchType = (typeof BRANCH_TYPES)[number];

export const ROUND_KINDS = ['self', 'township', 'county', 'other'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const SHEET_STATUSES = ['draft', 'submitted'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

/**
 * Which evaluators a round flags as a conflict of interest: those from the branch's township
 * (its office or any of its branches) and the branch itself; only the branch itself; nobody.
 */
export const CONFLICT_SCOPES = ['township', 'branch', 'none'] as const;
export type ConflictScope = (typeof CONFLICT_SCOPES)[number];

/**
 * A county review flags the township's own people; a township preliminary review is done by
 * them, so it flags only a branch scoring itself; a self-assessment has no evaluators.
 */
export function defaultConflictScope(kind: RoundKind): ConflictScope {
  switch (kind) {
    case 'township':
      return 'branch';
    case 'self':
      return 'none';
    default:
      return 'township';
  }
}

/** Self sheets (no evaluator) belong in a self round, evaluators' sheets in every other round. */
export function sheetFitsRound(kind: RoundKind, evaluatorId: string | null): boolean {
  return kind === 'self' ? evaluatorId === null : evaluatorId !== null;
}
