// TEMPORARY STUB — being replaced by the rubric-files work (validation naming every problem).
import type { RubricProblem } from './views';
import type { RubricDefinition } from './rubric';
import { findMaximumMismatches, rubricDefinitionSchema } from './rubric';

export interface RubricValidation {
  definition: RubricDefinition | null;
  problems: RubricProblem[];
}

export function validateRubric(input: unknown): RubricValidation {
  const parsed = rubricDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      definition: null,
      problems: parsed.error.issues.map((i) => ({ code: 'schema', at: i.path.join('.') })),
    };
  }
  const problems = findMaximumMismatches(parsed.data).map((m) => ({
    code: 'maximum-mismatch',
    at: m.code,
    params: { declared: m.declared, sum: m.sum },
  }));
  return { definition: problems.length === 0 ? parsed.data : null, problems };
}
