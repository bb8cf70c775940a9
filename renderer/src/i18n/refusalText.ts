import type { TFunction } from 'i18next';
import type { EntryRefusal, EntryTranslate } from '../../../shared/domain/entry-refusal';
import { entryRefusalText } from '../../../shared/domain/entry-refusal';

/**
 * The one sentence for an entry its item's rule refuses (score sheet, grid, score template,
 * a refusal from `scores.save`), naming the item by `label` ("S1.1.1 班子结构").
 */
export function refusalText(
  t: TFunction,
  refusal: Pick<EntryRefusal, 'problem' | 'max' | 'step'>,
  label: string,
): string {
  // The key is computed from the code, so the typed `t` is widened to call it.
  return entryRefusalText(t as unknown as EntryTranslate, refusal, label);
}
