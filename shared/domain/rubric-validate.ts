import type { RubricDefinition } from './rubric';
import { rubricDefinitionSchema } from './rubric';
import type { RubricProblem } from './views';

/**
 * Rubric validation that names every problem, not just the first: the zod schema first, then
 * the rules the schema cannot express (maxima adding up, unique codes, rules that fit their
 * item type, a scheme that refers to what exists). The semantic checks read the input through
 * tolerant accessors, so they still run when the schema fails and a file with five mistakes
 * shows five problems at once. Point values in `params` are display points ("2.5").
 */
export interface RubricValidation {
  definition: RubricDefinition | null;
  problems: RubricProblem[];
}

export type { RubricProblemCode } from './rubric-validate/codes';
export { RUBRIC_PROBLEM_CODES } from './rubric-validate/codes';

import {
  checkBonusCaps,
  checkCodes,
  checkDimensions,
  checkItem,
  checkMaxima,
} from './rubric-validate/tree-checks';
import { checkScheme } from './rubric-validate/scheme-checks';
import { asObject, asText, Collector, readTree } from './rubric-validate/read';

export function validateRubric(input: unknown): RubricValidation {
  const out = new Collector();
  const root = asObject(input) ?? {};
  const dims = readTree(root);
  const schemeKind = asText(asObject(root.scheme)?.kind);
  if (dims) {
    checkCodes(dims, out);
    checkMaxima(root, dims, out);
    for (const d of dims)
      for (const i of d.indicators ?? [])
        for (const it of i.items ?? []) checkItem(it, schemeKind, out);
    checkBonusCaps(root, dims, out);
    checkDimensions(dims, schemeKind, out);
  }
  checkScheme(root, dims ?? [], out);

  const parsed = rubricDefinitionSchema.safeParse(input);
  const schemaProblems: RubricProblem[] = parsed.success
    ? []
    : parsed.error.issues
        .map((issue) => ({ path: issue.path.map(String).join('.'), issue }))
        .filter(({ path }) => !out.covered.has(path))
        .map(({ path, issue }) => ({
          code: 'schema',
          at: path === '' ? '(root)' : path,
          params: { path: path === '' ? '(root)' : path, message: issue.message },
        }));
  const problems = [...schemaProblems, ...out.problems];
  return { definition: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}
