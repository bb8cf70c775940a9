/** Types of check-builder-config.mjs, for the unit test that runs it. */
export function policyProblems(config: Record<string, unknown>): string[];
export function checkBuilderConfig(configFile?: string): Promise<string[]>;
