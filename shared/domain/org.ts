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
