import { useCampaignOverview } from '../../api/queries';
import { useRanking } from '../../api/ranking';
import { QueryView } from '../../components/QueryView';
import { useRankingFilters } from './filters/useRankingFilters';
import { RankingHeader } from './RankingHeader';
import { RankingScreen } from './RankingScreen';
import './ranking.css';

export interface RankingPageProps {
  campaignId: string;
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
  const ranking = useRanking(campaignId, round);
  return (
    <QueryView query={ranking} rows={14}>
      {(view) => (
        <>
          <RankingHeader
            view={view}
            campaignName={overview.data?.campaign.name}
            rounds={rounds}
            refreshing={ranking.isPlaceholderData || ranking.isFetching}
            onRound={(roundId) => setFilters({ round: roundId })}
          />
          <RankingScreen view={view} filters={filters} onFilters={setFilters} />
        </>
      )}
    </QueryView>
  );
}
