import { z } from 'zod';
import type { OutgoingFile } from '../domain/views/files';
import type {
  RubricImportResult,
  RubricProblem,
  RubricTemplateSummary,
  RubricVersionSummary,
  RubricView,
} from '../domain/views/rubrics';
import { fileId } from './files';
import { id, jobId, method, noInput } from './method';

const rubricName = z.string().trim().min(1).max(200);
/** Rubric definitions are checked in full by the rubric validator, which names every problem. */
const definition = z.record(z.string(), z.unknown());

/** Rubric versions, built-in templates, validation and rubric files. */
export const rubricsContract = {
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
  /** Reads a rubric file (in a worker) and names every problem; stores nothing. */
  'rubrics.importFile': method(z.strictObject({ fileId, jobId })).returns<RubricImportResult>(),
  'rubrics.exportFile': method(
    z.strictObject({ id, format: z.enum(['json', 'xlsx']), jobId }),
  ).returns<OutgoingFile>(),
} as const;
