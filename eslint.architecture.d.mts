import type { Linter } from 'eslint';

export declare const noElectronImport: { name: string; message: string };
export declare const sqlOnlyInQueries: Linter.Config;
export declare const capabilityBoundaries: Linter.Config[];
export declare const rendererNoNode: { group: string[]; message: string }[];
export declare const RENDERER_PUBLIC: string[];
export declare const featureBoundaries: Linter.Config[];
