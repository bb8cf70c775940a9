import type { rubricsContract } from '../../../shared/api/rubrics';
import type { HandlerGroup } from '../registry';
import { exportRubricVersion, importRubricFile } from './files/service';
import { listRubricTemplates, rubricById, rubricForCampaign, rubricVersions } from './service';
import { validateDefinition } from './validate';
import { createRubric, createRubricFromTemplate, saveRubric } from './versions';

export const rubricsHandlers: HandlerGroup<typeof rubricsContract> = {
  'rubrics.versions': (_input, ctx) => rubricVersions(ctx),
  'rubrics.forCampaign': (input, ctx) => rubricForCampaign(ctx, input),
  'rubrics.get': (input, ctx) => rubricById(ctx, input),
  'rubrics.templates': () => listRubricTemplates(),
  'rubrics.createFromTemplate': (input, ctx) => createRubricFromTemplate(ctx, input),
  'rubrics.validate': (input) => validateDefinition(input),
  'rubrics.create': (input, ctx) => createRubric(ctx, input),
  'rubrics.save': (input, ctx) => saveRubric(ctx, input),
  'rubrics.importFile': (input, ctx) => importRubricFile(ctx, input),
  'rubrics.exportFile': (input, ctx) => exportRubricVersion(ctx, input),
};
