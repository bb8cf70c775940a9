import type { TFunction } from 'i18next';
import type { RowLabel } from '../../../../shared/domain/views/exchange';

/** Where a row of the data is, for people: township, branch and item, or what kind of record. */
export function rowWhere(t: TFunction, row: RowLabel): string {
  const place = [row.township, row.branch].filter(Boolean).join(' · ');
  const what = t(`exchange.tables.${row.tbl}`, { defaultValue: t('exchange.tables.other') });
  const item = row.item ? ` ${row.item}` : '';
  return place ? `${place} · ${what}${item}` : `${what}${item}`;
}

/** A column's name in the conflicts list; `$exists` is whether the record exists at all. */
export function columnLabel(t: TFunction, column: string): string {
  return t(`exchange.columns.${column === '$exists' ? 'exists' : column}`, {
    defaultValue: column,
  });
}

/**
 * One side's value as text: kept / deleted for a record's existence, a score's points as
 * points (they are stored in hundredths), else the value itself.
 */
export function valueText(t: TFunction, tbl: string, column: string, value: string): string {
  if (column === '$exists') return t(value === '1' ? 'exchange.kept' : 'exchange.deleted');
  const parsed = JSON.parse(value) as unknown;
  if (parsed === null) return t('exchange.empty');
  if (tbl === 'scores' && column === 'points' && typeof parsed === 'number')
    return t('exchange.points', { points: parsed / 100 });
  return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
}
