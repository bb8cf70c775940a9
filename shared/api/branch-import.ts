/** Branch-list import from Excel or CSV (issue #5). */
export const branchImportContract = {} as const;
