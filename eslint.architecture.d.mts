import type { Linter } from 'eslint';

export declare const noElectronImport: { name: string; message: string };
export declare const sqlOnlyInQueries: Linter.Config;
export declare const capabilityBoundaries: Linter.Config[];
