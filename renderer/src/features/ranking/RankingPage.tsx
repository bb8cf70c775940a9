import { useDeferredValue, useMemo } from 'react';
import { useCampaignOverview } from '../../api/queries';
import type { RankingQuery } from './queries';
import { useRankingFirstBlock } from './queries';
import { QueryView } from '../../components/QueryView';
import type { RankingFilters } from './filters/rankingFilters';
import { useRankingFilters } from './filters/useRankingFilters';
import { RankingHeader } from './RankingHeader';
import { RankingScreen } from './RankingScreen';
import { FreezePanel } from '../integrity/FreezePanel';
import './ranking.css';

export interface RankingPageProps {
  campaignId: string;
}

/** What the server filters and sorts by; undefined values are left out of the query key. */
function toQuery(f: RankingFilters): RankingQuery {
  return {
    filters: {
      townships: f.townships,
      levels: f.levels,
      stars: f.stars,
      ...(f.status ? { status: f.status } : {}),
      search: f.search,
    },
    ...(f.sort ? { sort: f.sort } : {}),
  };
}

export function RankingPage({ campaignId }: RankingPageProps) {
  const [filters, setFilters] = useRankingFilters();
  const overview = useCampaignOverview(campaignId);
  const rounds = overview.data?.rounds ?? [];
  // A round id from an old link that is not (or no longer) in this campaign: use the default.
  const round =
    filters.round && (overview.isPending || rounds.some((r) => r.id === filters.round))
      ? filters.round
      : undefined;
  // Typing in the search box stays responsive: the request follows the typing, not each key.
  const deferred = useDeferredValue(filters);
  const query = useMemo(() => toQuery(deferred), [deferred]);
  const first = useRankingFirstBlock(campaignId, round, query);
  return (
    <QueryView query={first} rows={14}>
      {(page) => (
        <>
          <RankingHeader
            meta={page.meta}
            campaignName={overview.data?.campaign.name}
            rounds={rounds}
            refreshing={first.isPlaceholderData || first.isFetching}
            onRound={(roundId) => setFilters({ round: roundId })}
          />
          <FreezePanel roundId={page.meta.roundId} roundName={page.meta.roundName} />
          <RankingScreen
            first={page}
            round={round}
            query={query}
            filters={filters}
            onFilters={setFilters}
          />
        </>
      )}
    </QueryView>
  );
}
