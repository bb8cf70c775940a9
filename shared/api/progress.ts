/** Progress, round comparison and evaluator consistency (issue #4). */
export const progressContract = {} as const;
