import type { RubricDefinition } from '../../../../shared/domain/rubric';
import type { Language } from '../../../../shared/domain/views';
import { localizedName } from './localizedName';

/** "S1 支部过硬星" for every dimension, indicator and item code, to spell out rules that cite codes. */
export function codeNames(def: RubricDefinition, language: Language): Map<string, string> {
  const names = new Map<string, string>();
  for (const dim of def.dimensions) {
    names.set(dim.code, localizedName(dim, language));
    for (const ind of dim.indicators) {
      names.set(ind.code, localizedName(ind, language));
      for (const item of ind.items) names.set(item.code, localizedName(item, language));
    }
  }
  return names;
}
