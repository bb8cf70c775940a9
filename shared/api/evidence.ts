/** Evidence files attached to a score sheet or one of its items (issue #4). */
export const evidenceContract = {} as const;
