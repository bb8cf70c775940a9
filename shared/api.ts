import { z } from 'zod';
import type { Result } from './result';
import type {
  AppInfo,
  AuditEntryView,
  SheetView,
  FilePayload,
  PlanTarget,
  RankingExplanation,
  RankingView,
  RubricImportResult,
  RubricProblem,
  RubricTemplateSummary,
  CampaignOverview,
  CampaignSummary,
  CountyOption,
  Preferences,
  RubricVersionSummary,
  RubricView,
  TownshipNode,
  EvaluatorView,
  AssignmentView,
  TownshipAssignmentResult,
} from './domain/views';
import { LANGUAGES } from './domain/views';
import { entryValueSchema } from './domain/entry';
import type { Output } from './api/method';
import { file, id, method } from './api/method';
import { branchImportContract } from './api/branch-import';
import { branchRegistryContract } from './api/branch-registry';
import { evidenceContract } from './api/evidence';
import { exportsContract } from './api/exports';
import { gridContract } from './api/grid';
import { progressContract } from './api/progress';
import { recoveryContract } from './api/recovery';
import { roundsContract } from './api/rounds';
import { scoreTemplatesContract } from './api/score-templates';

// zod 4 otherwise compiles validators with `new Function`, which our strict CSP forbids.
z.config({ jitless: true });

/**
 * THE contract: every method the renderer, the web host and the CLI may call, listed once.
 * Names are `<area>.<verb>`. The registry refuses to start unless each has exactly one handler,
 * the preload and the web bridge expose exactly these, and no other file invents a channel.
 */

const noInput = z.strictObject({});
const rubricName = z.string().trim().min(1).max(200);
const evaluatorName = z.string().trim().min(1).max(100);
const evaluatorRole = z.string().trim().max(100);
/** Rubric definitions are checked in full by the rubric validator, which names every problem. */
const definition = z.record(z.string(), z.unknown());

const coreContract = {
  'app.info': method(noInput).returns<AppInfo>(),
  'preferences.get': method(noInput).returns<Preferences>(),
  'preferences.update': method(
    z.strictObject({ language: z.enum(LANGUAGES).optional() }),
  ).returns<Preferences>(),
  'campaigns.list': method(noInput).returns<CampaignSummary[]>(),
  'campaigns.overview': method(z.strictObject({ id })).returns<CampaignOverview>(),
  'campaigns.create': method(
    z.strictObject({
      name: z.string().trim().min(1).max(200),
      year: z.number().int().min(2000).max(2100),
      rubricVersionId: id,
      countyId: id,
    }),
  ).returns<CampaignSummary>(),
  'campaigns.delete': method(z.strictObject({ id })).returns<{ id: string }>(),
  'campaigns.createDemo': method(noInput).returns<CampaignSummary>(),
  'units.counties': method(noInput).returns<CountyOption[]>(),
  'branches.tree': method(z.strictObject({ campaignId: id })).returns<TownshipNode[]>(),
  'rubrics.versions': method(noInput).returns<RubricVersionSummary[]>(),
  'rubrics.forCampaign': method(z.strictObject({ campaignId: id })).returns<RubricView>(),
  'rubrics.get': method(z.strictObject({ id })).returns<RubricView>(),
  'rubrics.templates': method(noInput).returns<RubricTemplateSummary[]>(),
  'rubrics.createFromTemplate': method(
    z.strictObject({
      templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
      name: rubricName.optional(),
    }),
  ).returns<RubricVersionSummary>(),
  'rubrics.validate': method(z.strictObject({ definition })).returns<RubricProblem[]>(),
  'rubrics.create': method(
    z.strictObject({ name: rubricName, definition }),
  ).returns<RubricVersionSummary>(),
  /** Saves over `baseVersionId` when it is not frozen, else as the lineage's next version. */
  'rubrics.save': method(
    z.strictObject({ baseVersionId: id, name: rubricName, definition }),
  ).returns<RubricVersionSummary>(),
  'rubrics.importFile': method(file).returns<RubricImportResult>(),
  'rubrics.exportFile': method(
    z.strictObject({ id, format: z.enum(['json', 'xlsx']) }),
  ).returns<FilePayload>(),
  /** Moves a campaign to another rubric version; refused when scored items would be lost. */
  'campaigns.setRubric': method(
    z.strictObject({ campaignId: id, rubricVersionId: id }),
  ).returns<CampaignSummary>(),
  'campaigns.linkPrevious': method(
    z.strictObject({ campaignId: id, previousCampaignId: id.nullable() }),
  ).returns<CampaignSummary>(),
  'campaigns.setPlan': method(
    z.strictObject({
      campaignId: id,
      targets: z
        .array(
          z.strictObject({
            townshipId: id.nullable(),
            kind: z.enum(['level', 'star']),
            target: z.string().min(1).max(40),
            count: z.number().int().min(0).max(100_000),
          }),
        )
        .max(2000),
    }),
  ).returns<PlanTarget[]>(),
  'ranking.compute': method(
    z.strictObject({ campaignId: id, roundId: id.optional() }),
  ).returns<RankingView>(),
  'ranking.explain': method(
    z.strictObject({ campaignId: id, roundId: id.optional(), branchId: id }),
  ).returns<RankingExplanation>(),
  /** Opens (creating when needed) the sheet of one evaluator, or the self-assessment, for a branch. */
  'sheets.open': method(
    z.strictObject({ roundId: id, branchId: id, evaluatorId: id.nullable() }),
  ).returns<SheetView>(),
  'sheets.get': method(z.strictObject({ sheetId: id })).returns<SheetView>(),
  /** Saves entries all-or-nothing; refused with CONFLICT when the sheet changed since. */
  'scores.save': method(
    z.strictObject({
      sheetId: id,
      expectedVersion: z.number().int().min(1),
      entries: z
        .array(
          z.strictObject({
            item: z.string().min(1).max(40),
            value: entryValueSchema.nullable(),
            remark: z.string().max(2000).optional(),
          }),
        )
        .max(500),
      remark: z.string().max(4000).optional(),
    }),
  ).returns<SheetView>(),
  'sheets.submit': method(
    z.strictObject({ sheetId: id, expectedVersion: z.number().int().min(1) }),
  ).returns<SheetView>(),
  'sheets.reopen': method(
    z.strictObject({
      sheetId: id,
      expectedVersion: z.number().int().min(1),
      reason: z.string().trim().min(2).max(2000),
    }),
  ).returns<SheetView>(),
  /** The audit trail of one branch: its sheets, scores, vetoes and decisions. */
  'audit.forBranch': method(z.strictObject({ branchId: id })).returns<AuditEntryView[]>(),
  'evaluators.list': method(z.strictObject({ campaignId: id })).returns<EvaluatorView[]>(),
  'evaluators.create': method(
    z.strictObject({
      campaignId: id,
      name: evaluatorName,
      role: evaluatorRole,
      unitId: id.nullable(),
    }),
  ).returns<EvaluatorView>(),
  'evaluators.update': method(
    z.strictObject({
      id,
      name: evaluatorName.optional(),
      role: evaluatorRole.optional(),
      unitId: id.nullable().optional(),
    }),
  ).returns<EvaluatorView>(),
  'assignments.list': method(z.strictObject({ roundId: id })).returns<AssignmentView[]>(),
  /**
   * Assigns every campaign branch of a township in one step. Conflicts of interest among them are
   * refused with CONFLICT unless `conflictReason` confirms them.
   */
  'assignments.assignTownship': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id,
      townshipId: id,
      conflictReason: z.string().trim().min(2).max(2000).optional(),
    }),
  ).returns<TownshipAssignmentResult>(),
  /** Refused with CONFLICT once the evaluator submitted a sheet for the branch in the round. */
  'assignments.remove': method(
    z.strictObject({ roundId: id, evaluatorId: id, branchId: id }),
  ).returns<{ removed: true }>(),
  /** A raised veto stays until someone resolves it with a reason (audited). */
  'vetoes.resolve': method(
    z.strictObject({
      roundId: id,
      branchId: id,
      itemCode: z.string().min(1).max(40),
      reason: z.string().trim().min(2).max(2000),
    }),
  ).returns<{ resolved: true }>(),
} as const;

/**
 * Each capability added after the core lists its methods in its own file under `shared/api/`,
 * so the contract stays one object while no file grows into a list of everything.
 */
export const contract = {
  ...coreContract,
  ...branchRegistryContract,
  ...branchImportContract,
  ...exportsContract,
  ...scoreTemplatesContract,
  ...roundsContract,
  ...progressContract,
  ...gridContract,
  ...evidenceContract,
  ...recoveryContract,
} as const;

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
