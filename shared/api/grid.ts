/** Grid entry: one evaluator and round, branches × items (issue #4). */
export const gridContract = {} as const;
