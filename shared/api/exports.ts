/** Excel exports for superiors: ranking, statistics, public notice, score sheets (issue #5). */
export const exportsContract = {} as const;
