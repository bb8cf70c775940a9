/** The branch registry: add, edit, move, archive, campaign participation (issue #4). */
export const branchRegistryContract = {} as const;
