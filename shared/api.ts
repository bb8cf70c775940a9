import type { z } from 'zod';
import type { Result } from './result';
import type { Output } from './api/method';
import { backupsContract } from './api/backups';
import { branchImportContract } from './api/branch-import';
import { branchRegistryContract } from './api/branch-registry';
import { campaignsContract } from './api/campaigns';
import { evidenceContract } from './api/evidence';
import { exportsContract } from './api/exports';
import { filesContract } from './api/files';
import { gridContract } from './api/grid';
import { integrityContract } from './api/integrity';
import { verificationContract } from './api/verification';
import { meetingsContract } from './api/meetings';
import { exchangeContract } from './api/exchange';
import { mergeContracts } from './api/merge';
import { preferencesContract } from './api/preferences';
import { progressContract } from './api/progress';
import { publicationContract } from './api/publication';
import { rankingContract } from './api/ranking';
import { recoveryContract } from './api/recovery';
import { roundsContract } from './api/rounds';
import { rubricsContract } from './api/rubrics';
import { scoreTemplatesContract } from './api/score-templates';
import { sheetsContract } from './api/sheets';

/**
 * THE contract: every method the renderer, the web host and the CLI may call, listed once.
 * Names are `<area>.<verb>`. Each capability lists its methods in its own part under
 * `shared/api/` (beside its views in `shared/domain/views/`); the parts are merged here, and a
 * name listed twice throws. The registry refuses to start unless each method has exactly one
 * handler, the preload and the web bridge expose exactly these, and no other file invents a
 * channel.
 */
export const contract = mergeContracts(
  preferencesContract,
  campaignsContract,
  branchRegistryContract,
  rubricsContract,
  rankingContract,
  sheetsContract,
  roundsContract,
  branchImportContract,
  exportsContract,
  scoreTemplatesContract,
  progressContract,
  gridContract,
  evidenceContract,
  meetingsContract,
  filesContract,
  recoveryContract,
  backupsContract,
  integrityContract,
  verificationContract,
  publicationContract,
  exchangeContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> =
  Contract[M]['output'] extends Output<infer O> ? O : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

type AreaOf<M extends string> = M extends `${infer A}.${string}` ? A : never;

/** `window.xingping`: `api.campaigns.list({})` for `campaigns.list`, and so on. */
export type XingpingApi = {
  readonly [A in AreaOf<MethodName>]: {
    readonly [M in MethodName as M extends `${A}.${infer V}` ? V : never]: (
      input: MethodInput<M>,
    ) => Promise<Result<MethodOutput<M>>>;
  };
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Splits `campaigns.list` into its area and verb. */
export function splitMethodName(name: MethodName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
