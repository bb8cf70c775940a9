import { useDeferredValue, useMemo } from 'react';
import { validateRubric } from '../../../../shared/domain/rubric-validate';
import type { RubricProblem } from '../../../../shared/domain/views';
import type { RubricDefinition } from './model/types';

export interface Validation {
  problems: RubricProblem[];
  /** True while the problems still describe an older draft (typing outpaced checking). */
  stale: boolean;
}

/**
 * Live validation with the same shared validator the service runs on save, so what the panel
 * shows is exactly what saving would refuse. Deferred, so typing never waits for it.
 */
export function useValidation(definition: RubricDefinition): Validation {
  const deferred = useDeferredValue(definition);
  const problems = useMemo(() => validateRubric(deferred).problems, [deferred]);
  return { problems, stale: deferred !== definition };
}
