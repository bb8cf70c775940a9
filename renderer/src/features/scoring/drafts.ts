import type { TFunction } from 'i18next';
import type { EntryProblem, EntryValue } from '../../../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../../../shared/domain/entry';
import { entryRefusal, isEntryRefusal } from '../../../../shared/domain/entry-refusal';
import { formatCenti } from '../../../../shared/domain/points';
import { refusalText } from '../../i18n/refusalText';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { SheetView } from '../../../../shared/domain/views';

/** What the screen holds for one item: the entry as typed (maybe invalid) and its remark. */
export interface ItemDraft {
  value: EntryValue | null;
  remark: string;
}

export type Drafts = Record<string, ItemDraft>;

export function draftsFromSheet(sheet: SheetView): Drafts {
  const drafts: Drafts = {};
  for (const [code, entry] of Object.entries(sheet.entries)) {
    drafts[code] = { value: entry.value, remark: entry.remark };
  }
  return drafts;
}

/** The rule's verdict on a typed value; null when it may be stored (or is empty). */
export function problemOf(item: RubricItem, value: EntryValue | null): EntryProblem | null {
  if (value === null) return null;
  const result = resolveEntry(item, value);
  return isEntryProblem(result) ? result : null;
}

/** Engine input from the values on screen: only valid entries count, the rest are missing. */
export function engineEntries(
  items: readonly RubricItem[],
  drafts: Drafts,
): Record<string, { points?: number; fact?: number }> {
  const out: Record<string, { points?: number; fact?: number }> = {};
  for (const item of items) {
    const value = drafts[item.code]?.value ?? null;
    if (value === null) continue;
    const result = resolveEntry(item, value);
    if (isEntryProblem(result)) continue;
    out[item.code] =
      result.fact === null
        ? { points: result.points }
        : { points: result.points, fact: result.fact };
  }
  return out;
}

/** What `scores.save` said about an item it refused (its error details). */
export interface ServerProblem {
  problem: string;
  max?: number;
  step?: number;
}

/** The sentence for an entry refused on screen or by `scores.save`. */
export function problemText(
  t: TFunction,
  item: RubricItem,
  language: string,
  problem: EntryProblem | ServerProblem,
): string {
  const label = `${item.code} ${localName(item, language)}`;
  if ('code' in problem) return refusalText(t, entryRefusal(item.code, problem), label);
  if (!isEntryRefusal(problem.problem)) return t('scoring.problemInvalid');
  return refusalText(t, { ...problem, problem: problem.problem }, label);
}

/** An entry as people read it, for the audit trail and the unsaved-values notice. */
export function formatValue(t: TFunction, value: unknown): string {
  if (value === null || typeof value !== 'object') return '—';
  if ('points' in value && typeof value.points === 'number') return formatCenti(value.points);
  if ('findings' in value && typeof value.findings === 'number')
    return t('scoring.findingsCount', { count: value.findings });
  if ('option' in value && typeof value.option === 'string') return value.option;
  if ('met' in value) return value.met ? t('scoring.met') : t('scoring.notMet');
  if ('triggered' in value) return value.triggered ? t('scoring.raised') : t('scoring.notRaised');
  if ('value' in value && typeof value.value === 'number') return `${formatCenti(value.value)}%`;
  return '—';
}

export function localName(
  item: { name: string; nameEn?: string | undefined },
  lang: string,
): string {
  return lang.startsWith('en') && item.nameEn ? item.nameEn : item.name;
}
