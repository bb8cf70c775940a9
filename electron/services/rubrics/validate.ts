import type { RubricDefinition } from '../../../shared/domain/rubric';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import type { RubricProblem } from '../../../shared/domain/views/rubrics';
import { AppError } from '../../../shared/errors';

/** Validates a definition from a file or the editor; refuses with every problem listed. */
export function requireValidDefinition(input: unknown): RubricDefinition {
  const { definition, problems } = validateRubric(input);
  if (!definition) {
    const first = problems[0];
    throw new AppError('INVALID_INPUT', `Rubric has ${problems.length} problem(s)`, {
      path: first ? first.at : 'definition',
      problems: problems.length,
    });
  }
  return definition;
}

/** `rubrics.validate`: every problem of a definition, for the editor's live list. */
export function validateDefinition(input: { definition: unknown }): RubricProblem[] {
  return validateRubric(input.definition).problems;
}
