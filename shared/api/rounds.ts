/** Rounds and the deciding round (issue #4). */
export const roundsContract = {} as const;
