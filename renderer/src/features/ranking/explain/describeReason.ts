import { formatCenti } from '../../../../../shared/domain/points';
import type { Reason } from '../../../../../shared/scoring/types';
import type { RankingLabels } from '../buildLabels';

export interface ReasonNames extends RankingLabels {
  item: (code: string) => string;
  /** The explained branch's township: a township-scoped quota or selection counted there. */
  ownTownship: string;
}

/** A quota's or selection's scope: the whole campaign, or the branch's own township. */
function scopeName(names: ReasonNames, scope: string): string {
  if (scope === 'campaign') return names.t('reasons.scopeCampaign');
  const township = scope === 'township' ? names.ownTownship : names.township(scope);
  return names.t('reasons.scopeTownship', { township });
}

function gateValue(names: ReasonNames, value: number | null): string {
  return value === null ? names.t('reasons.notRecorded') : formatCenti(value);
}

/** One translated sentence for each reason the engine gives; points shown as people write them. */
export function describeReason(names: ReasonNames, reason: Reason): string {
  const { t } = names;
  switch (reason.kind) {
    case 'star-score':
      return t(reason.earned ? 'reasons.star-score' : 'reasons.star-score-failed', {
        star: names.dimension(reason.star),
        score: formatCenti(reason.score),
        passLine: formatCenti(reason.passLine),
      });
    case 'star-veto':
      return t('reasons.star-veto', {
        star: names.dimension(reason.star),
        item: names.item(reason.item),
      });
    case 'star-gate':
      return reason.min === null
        ? t('reasons.star-gate-unmet', {
            star: names.dimension(reason.star),
            item: names.item(reason.item),
          })
        : t('reasons.star-gate', {
            star: names.dimension(reason.star),
            item: names.item(reason.item),
            value: gateValue(names, reason.value),
            min: formatCenti(reason.min),
          });
    case 'capstone-not-counted':
      return t('reasons.capstone-not-counted', {
        star: names.dimension(reason.star),
        missing: reason.missing.map(names.dimension).join(t('reasons.listSeparator')),
      });
    case 'prerequisite-missing':
      return t('reasons.prerequisite-missing', { star: names.dimension(reason.star) });
    case 'band':
      return t('reasons.band', {
        total: formatCenti(reason.total),
        min: formatCenti(reason.min),
        level: names.level(reason.level),
      });
    case 'below-bands':
      return t('reasons.below-bands', {
        total: formatCenti(reason.total),
        lowest: formatCenti(reason.lowest),
      });
    case 'gate-cap':
      return reason.min === null
        ? t('reasons.gate-cap-unmet', {
            item: names.item(reason.item),
            level: names.level(reason.capLevel),
          })
        : t('reasons.gate-cap', {
            item: names.item(reason.item),
            value: gateValue(names, reason.value),
            min: formatCenti(reason.min),
            level: names.level(reason.capLevel),
          });
    case 'veto-cap':
      return t('reasons.veto-cap', {
        item: names.item(reason.item),
        level: names.level(reason.capLevel),
      });
    case 'veto-no-rating':
      return t('reasons.veto-no-rating', { item: names.item(reason.item) });
    case 'veto-resolved':
      return t('reasons.veto-resolved', { item: names.item(reason.item), reason: reason.reason });
    case 'bonus-capped':
      return reason.dimension === null
        ? t('reasons.bonus-capped-rubric', {
            raw: formatCenti(reason.raw),
            cap: formatCenti(reason.cap),
          })
        : t('reasons.bonus-capped', {
            raw: formatCenti(reason.raw),
            cap: formatCenti(reason.cap),
            dimension: names.dimension(reason.dimension),
          });
    case 'weighted-part':
      return t('reasons.weighted-part', {
        // The engine counts parts from 0; people count from 1.
        part: reason.index + 1,
        value: formatCenti(reason.value),
        weight: reason.weight,
      });
    case 'stars-not-awarded': {
      const stars = reason.stars.map(names.dimension).join(t('reasons.listSeparator'));
      return reason.level === null
        ? t('reasons.stars-not-awarded-vetoed', { stars })
        : t('reasons.stars-not-awarded', { stars, level: names.level(reason.level) });
    }
    case 'quota-demoted':
    case 'quota-floor':
      return t(`reasons.${reason.kind}`, {
        scope: scopeName(names, reason.scope),
        from: names.level(reason.from),
        to: names.level(reason.to),
        rank: reason.rank,
        limit: reason.limit,
        order: t(`reasons.quotaOrder.${reason.order}`),
      });
    case 'border-tie': {
      const values = { level: names.level(reason.level), rank: reason.rank };
      if (reason.policy === 'tie-breakers')
        return t(
          reason.kept ? 'reasons.border-tie-breakers-kept' : 'reasons.border-tie-breakers',
          values,
        );
      return t(reason.kept ? 'reasons.border-tie-kept' : 'reasons.border-tie', {
        ...values,
        policy: t(`reasons.tiePolicy.${reason.policy}`),
      });
    }
    case 'selected':
      return t('reasons.selected', {
        scope: scopeName(names, reason.scope),
        rank: reason.rank,
        top: reason.top,
      });
    case 'not-selected':
      return t('reasons.not-selected', {
        scope: scopeName(names, reason.scope),
        rank: reason.rank,
        top: reason.top,
      });
    case 'incomplete':
      return t('reasons.incomplete', { missing: reason.missing });
    case 'sheets-pending':
      return t('reasons.sheets-pending', { count: reason.count });
    case 'sheets-ignored':
      return t(`reasons.sheets-ignored.${reason.who}`, { count: reason.count });
    case 'unscored':
      return t('reasons.unscored');
  }
}

/** How a reason reads at a glance: good news, bad news, or neutral information. */
export function reasonTone(reason: Reason): 'success' | 'warning' | 'error' | 'info' {
  switch (reason.kind) {
    case 'star-score':
      return reason.earned ? 'success' : 'warning';
    case 'band':
    case 'selected':
    case 'veto-resolved':
      return 'success';
    case 'star-veto':
    case 'veto-cap':
    case 'veto-no-rating':
      return 'error';
    case 'weighted-part':
    case 'bonus-capped':
    case 'sheets-pending':
      return 'info';
    case 'sheets-ignored':
      return 'warning';
    case 'border-tie':
      return reason.kept ? 'info' : 'warning';
    default:
      return 'warning';
  }
}
