import type { EntryValue } from '../../../shared/domain/entry';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { Words } from './words';
import { pointsText } from './words';

/** An option's label as the drop-down shows it, in the workbook's language. */
export function optionLabel(
  option: NonNullable<RubricItem['options']>[number],
  language: string,
): string {
  return (language === 'en' && option.labelEn) || option.label;
}

/** Whether an item is entered as yes/no in the workbook. */
export function isYesNo(item: RubricItem): boolean {
  return (
    item.type === 'check' ||
    item.type === 'veto' ||
    (item.type === 'gate' && item.gate?.min === undefined)
  );
}

/** The value cell for a stored entry: a number, an option label or yes/no. */
export function entryCell(
  item: RubricItem,
  entry: EntryValue | undefined | null,
  t: Words,
  language: string,
): string | number | null {
  if (!entry) return null;
  if ('points' in entry) return pointsText(entry.points);
  if ('findings' in entry) return entry.findings;
  if ('value' in entry) return pointsText(entry.value);
  if ('option' in entry) {
    const option = item.options?.find((o) => o.key === entry.option);
    return option ? optionLabel(option, language) : entry.option;
  }
  if ('met' in entry) return entry.met ? t('yes') : t('no');
  return entry.triggered ? t('yes') : t('no');
}

/** The text the import preview shows for an entry (the veto's reason after the yes). */
export function entryText(
  item: RubricItem,
  entry: EntryValue | null,
  t: Words,
  language: string,
): string {
  const cell = entryCell(item, entry, t, language);
  if (cell === null) return '';
  if (entry && 'triggered' in entry && entry.triggered && entry.reason)
    return `${String(cell)}: ${entry.reason}`;
  return String(cell);
}
