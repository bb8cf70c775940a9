import { useRanking } from '../queries';
import { QueryView } from '../../../components/QueryView';
import type { RankingLabels } from '../labels';
import type { TownshipRef } from './chartData';
import { ChartsTab } from './ChartsTab';

export interface ChartsPanelProps {
  campaignId: string;
  roundId: string | undefined;
  labels: RankingLabels;
  townships: readonly TownshipRef[];
  townshipIds: readonly string[];
}

/**
 * The charts count every branch, so they ask for the whole ranking — only when this tab is
 * opened; the table pages through the rows on screen instead.
 */
export function ChartsPanel({ campaignId, roundId, ...rest }: ChartsPanelProps) {
  const ranking = useRanking(campaignId, roundId);
  return (
    <QueryView query={ranking} rows={8}>
      {(view) => <ChartsTab view={view} {...rest} />}
    </QueryView>
  );
}
