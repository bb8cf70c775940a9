import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingView } from '../../../../shared/domain/views';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import type { LabelSource, RankingLabels } from './buildLabels';
import { buildLabels } from './buildLabels';

// The pure part lives in buildLabels.ts (unit-tested in Node); these are the React side.
export type { LabelSource, RankingLabels } from './buildLabels';
export { buildLabels } from './buildLabels';

/**
 * The labels' source from a whole ranking, for screens that hold every row (the committee
 * meeting's); the ranking screen's pages carry the townships in their description instead.
 */
export function labelSourceOf(view: RankingView): LabelSource {
  const townships = new Map<string, string>();
  for (const row of view.rows) {
    if (!townships.has(row.townshipId)) townships.set(row.townshipId, row.townshipName);
  }
  return {
    dimensions: view.dimensions,
    levels: view.levels,
    scheme: view.scheme,
    townships: [...townships].map(([id, name]) => ({ id, name })),
  };
}

export function useRankingLabels(view: LabelSource): RankingLabels {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return useMemo(() => buildLabels(t, language, view), [t, language, view]);
}
