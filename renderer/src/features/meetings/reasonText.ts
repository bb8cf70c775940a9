import type { TFunction } from 'i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { AgendaItemView, AgendaReason } from '../../../../shared/domain/views/meetings';

/** Why an item is on the agenda, one reason; the span reason says how far apart the totals are. */
export function reasonText(
  t: TFunction,
  reason: AgendaReason,
  item: Pick<AgendaItemView, 'span'>,
): string {
  return reason === 'span' && item.span !== null
    ? t('meetings.reason.spanDetail', { span: formatCenti(item.span) })
    : t(`meetings.reason.${reason}`);
}

/** Every reason of an item, joined as a sentence. */
export function reasonsText(t: TFunction, item: Pick<AgendaItemView, 'reasons' | 'span'>): string {
  return item.reasons.map((r) => reasonText(t, r, item)).join(t('reasons.listSeparator'));
}
