import { validateRubric } from '../../shared/domain/rubric-validate';
import { AppError } from '../../shared/errors';
import { assignTownship, listRoundAssignments, removeAssignment } from './assignments';
import { getRubricVersion } from '../store/queries/rubrics';
import { listCounties } from '../store/queries/units';
import { branchTree } from './branches';
import { linkPrevious, setPlan, setRubric } from './campaign-settings';
import {
  campaignOverview,
  createCampaign,
  listCampaignSummaries,
  removeCampaign,
} from './campaigns';
import { seedDemo } from './demo';
import { createEvaluator, editEvaluator, listEvaluators } from './evaluators';
import { getPreferences, updatePreferences } from './preferences';
import { computeRanking, explainRanking } from './ranking/service';
import type { Handlers } from './registry';
import { branchImportHandlers } from './handler-groups/branch-import';
import { branchRegistryHandlers } from './handler-groups/branch-registry';
import { evidenceHandlers } from './handler-groups/evidence';
import { exportsHandlers } from './handler-groups/exports';
import { gridHandlers } from './handler-groups/grid';
import { progressHandlers } from './handler-groups/progress';
import { recoveryHandlers } from './handler-groups/recovery';
import { roundsHandlers } from './handler-groups/rounds';
import { scoreTemplatesHandlers } from './handler-groups/score-templates';
import { exportRubricFile } from './rubric-files/export';
import { importRubricFile } from './rubric-files/import';
import {
  createRubric,
  createRubricFromTemplate,
  requireValidDefinition,
  saveRubric,
} from './rubric-versions';
import { rubricById, rubricForCampaign, rubricVersions } from './rubrics';
import { listTemplates } from './templates';
import {
  branchAudit,
  getSheetView,
  openSheet,
  reopenSheet,
  saveScores,
  submitSheet,
} from './sheets';
import { resolveVeto } from './vetoes';

/** One entry per contract method; the registry checks that none is missing or extra. */
export const handlers: Handlers = {
  'app.info': (_input, ctx) => ctx.info,
  'preferences.get': (_input, ctx) => getPreferences(ctx),
  'preferences.update': (input, ctx) => updatePreferences(ctx, input),
  'campaigns.list': (_input, ctx) => listCampaignSummaries(ctx),
  'campaigns.overview': (input, ctx) => campaignOverview(ctx, input.id),
  'campaigns.create': (input, ctx) => createCampaign(ctx, input),
  'campaigns.delete': (input, ctx) => removeCampaign(ctx, input.id),
  'campaigns.createDemo': (_input, ctx) => seedDemo(ctx),
  'campaigns.setRubric': (input, ctx) => setRubric(ctx, input.campaignId, input.rubricVersionId),
  'campaigns.linkPrevious': (input, ctx) =>
    linkPrevious(ctx, input.campaignId, input.previousCampaignId),
  'campaigns.setPlan': (input, ctx) => setPlan(ctx, input.campaignId, input.targets),
  'units.counties': (_input, ctx) =>
    listCounties(ctx.db).map((c) => ({ id: c.id, name: c.name, branchCount: c.branch_count })),
  'branches.tree': (input, ctx) => branchTree(ctx, input.campaignId),
  'rubrics.versions': (_input, ctx) => rubricVersions(ctx),
  'rubrics.forCampaign': (input, ctx) => rubricForCampaign(ctx, input.campaignId),
  'rubrics.get': (input, ctx) => rubricById(ctx, input.id),
  'rubrics.templates': () =>
    listTemplates().map(({ id, name, nameEn, scheme, max }) => ({ id, name, nameEn, scheme, max })),
  'rubrics.createFromTemplate': (input, ctx) =>
    createRubricFromTemplate(ctx, input.templateId, input.name),
  'rubrics.validate': (input) => validateRubric(input.definition).problems,
  'rubrics.create': (input, ctx) => createRubric(ctx, input.name, input.definition),
  'rubrics.save': (input, ctx) =>
    saveRubric(ctx, input.baseVersionId, input.name, input.definition),
  'rubrics.importFile': (input) => importRubricFile(input),
  'rubrics.exportFile': async (input, ctx) => {
    const row = getRubricVersion(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
    return exportRubricFile(
      row.name,
      requireValidDefinition(JSON.parse(row.definition)),
      input.format,
    );
  },
  'ranking.compute': (input, ctx) => computeRanking(ctx, input.campaignId, input.roundId),
  'ranking.explain': (input, ctx) =>
    explainRanking(ctx, input.campaignId, input.roundId, input.branchId),
  'sheets.open': (input, ctx) => openSheet(ctx, input),
  'sheets.get': (input, ctx) => getSheetView(ctx, input.sheetId),
  'scores.save': (input, ctx) => saveScores(ctx, input),
  'sheets.submit': (input, ctx) => submitSheet(ctx, input.sheetId, input.expectedVersion),
  'sheets.reopen': (input, ctx) =>
    reopenSheet(ctx, input.sheetId, input.expectedVersion, input.reason),
  'audit.forBranch': (input, ctx) => branchAudit(ctx, input.branchId),
  'vetoes.resolve': (input, ctx) => resolveVeto(ctx, input),
  'evaluators.list': (input, ctx) => listEvaluators(ctx, input.campaignId),
  'evaluators.create': (input, ctx) => createEvaluator(ctx, input),
  'evaluators.update': (input, ctx) => editEvaluator(ctx, input),
  'assignments.list': (input, ctx) => listRoundAssignments(ctx, input.roundId),
  'assignments.assignTownship': (input, ctx) => assignTownship(ctx, input),
  'assignments.remove': (input, ctx) => removeAssignment(ctx, input),
  // Later capabilities keep their handlers beside their contract part (handler-groups/).
  ...branchRegistryHandlers,
  ...branchImportHandlers,
  ...exportsHandlers,
  ...scoreTemplatesHandlers,
  ...roundsHandlers,
  ...progressHandlers,
  ...gridHandlers,
  ...evidenceHandlers,
  ...recoveryHandlers,
};
