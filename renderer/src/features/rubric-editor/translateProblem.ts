import type { i18n as I18n } from 'i18next';
import type { RubricProblem } from '../../../../shared/domain/views';

/**
 * A validation problem in words: `rubricProblems.<code>` with its values filled in. The codes
 * are open-ended (the validator grows), so a code without a translation yet shows as itself
 * rather than as a raw key path.
 */
export function problemText(i18n: I18n, problem: RubricProblem): string {
  const key = `rubricProblems.${problem.code}`;
  if (!i18n.exists(key)) return problem.code;
  // Keys are typed against the locale file; a computed one has to be widened to call t.
  const translate = i18n.t.bind(i18n) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  return translate(key, { at: problem.at, row: problem.row ?? '', ...problem.params });
}
