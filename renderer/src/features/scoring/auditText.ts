import type { TFunction } from 'i18next';
import type { RubricItem } from '../../../../shared/domain/rubric';
import type { AuditEntryView } from '../../../../shared/domain/views';
import { formatValue, localName } from './drafts';

/** Audit entries come from the main side: a computed key has to be widened to call t. */
function loose(t: TFunction, key: string, options: Record<string, unknown> = {}): string {
  return (t as unknown as (key: string, options: Record<string, unknown>) => string)(key, options);
}

/**
 * The action in words (auditActions.<action>); every action the services record has one, a
 * unit test makes sure. An unknown one (from a newer version) shows as itself.
 */
export function actionLabel(t: TFunction, entry: AuditEntryView): string {
  return loose(t, `auditActions.${entry.action}`, { defaultValue: entry.action });
}

function fieldOf(side: unknown, field: string): string | null {
  if (side && typeof side === 'object' && field in side) {
    const value = (side as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/** The item code an entry is about, if any. */
export function itemCodeOf(entry: AuditEntryView): string {
  return fieldOf(entry.after, 'item') ?? fieldOf(entry.before, 'item') ?? '';
}

/** "S1.1.1 班子队伍健全": the code and the item's name, as the sheet shows them. */
export function itemText(item: RubricItem | undefined, code: string, language: string): string {
  return item ? `${code} ${localName(item, language)}` : code;
}

/**
 * One side of a change as people read it: an option's label (not its internal key), points,
 * findings, met / not met; a status word; or the name of the file or branch that changed.
 */
export function sideText(
  t: TFunction,
  side: unknown,
  item: RubricItem | undefined,
  language: string,
): string {
  if (side === null || side === undefined) return '—';
  if (typeof side === 'string') return loose(t, `scoring.status.${side}`, { defaultValue: side });
  if (typeof side === 'object' && 'value' in side) {
    const value = side.value;
    if (
      value &&
      typeof value === 'object' &&
      'option' in value &&
      typeof value.option === 'string'
    ) {
      const option = item?.options?.find((o) => o.key === value.option);
      if (option)
        return language.startsWith('en') && option.labelEn ? option.labelEn : option.label;
    }
    return formatValue(t, value);
  }
  return fieldOf(side, 'fileName') ?? fieldOf(side, 'name') ?? '—';
}
