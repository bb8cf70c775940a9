import type { TFunction } from 'i18next';
import type { DecisionView } from '../../../../shared/domain/views/meetings';
import type { RankingLabels } from '../ranking/labels';

/** 维持 / 调整为N星 / 退回复核 / 暂缓, in the current language. */
export function outcomeLabel(
  t: TFunction,
  decision: Pick<DecisionView, 'outcome' | 'decidedLevel'>,
  labels: RankingLabels,
): string {
  return decision.outcome === 'adjust' && decision.decidedLevel !== null
    ? t('meetings.outcomeAdjustTo', { level: labels.level(decision.decidedLevel) })
    : t(`meetings.outcome.${decision.outcome}`);
}
