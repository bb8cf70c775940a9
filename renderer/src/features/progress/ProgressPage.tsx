import { Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCampaignOverview } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useSessionState } from '../../app/sessionState';
import { ComparisonTab } from './comparison/ComparisonTab';
import { ConsistencyTab } from './consistency/ConsistencyTab';
import { MatrixTab } from './matrix/MatrixTab';
import './progress.css';

export interface ProgressPageProps {
  campaignId: string;
}

type TabKey = 'matrix' | 'comparison' | 'consistency';

/** 进度与对比: who still has to score what, how rounds differ, how evaluators differ. */
export function ProgressPage({ campaignId }: ProgressPageProps) {
  const { t } = useTranslation();
  const overview = useCampaignOverview(campaignId);
  // Kept for the session, so coming back from a score sheet shows the same view.
  const [chosenRound, setRound] = useSessionState<string | undefined>(
    `progress/${campaignId}/round`,
    undefined,
  );
  const [tab, setTab] = useSessionState<TabKey>(`progress/${campaignId}/tab`, 'matrix');
  return (
    <QueryView query={overview} rows={10}>
      {(data) => {
        const rounds = data.rounds;
        const fallback = rounds.find((r) => r.isDeciding) ?? rounds.at(-1);
        const round = rounds.find((r) => r.id === chosenRound) ?? fallback;
        const roundPicker =
          tab === 'comparison' || !round ? null : (
            <Select
              className="xp-progress-round"
              aria-label={t('progress.round')}
              value={round.id}
              onChange={setRound}
              options={rounds.map((r) => ({ value: r.id, label: r.name }))}
              data-testid="progress-round"
            />
          );
        return (
          <>
            <PageHeader
              title={t('progress.title')}
              subtitle={data.campaign.name}
              extra={roundPicker}
            />
            {round ? (
              <Tabs
                activeKey={tab}
                onChange={(key) => setTab(key as TabKey)}
                items={[
                  {
                    key: 'matrix',
                    label: t('progress.tabMatrix'),
                    children: <MatrixTab campaignId={campaignId} roundId={round.id} />,
                  },
                  {
                    key: 'comparison',
                    label: t('progress.tabComparison'),
                    children: <ComparisonTab campaignId={campaignId} />,
                  },
                  {
                    key: 'consistency',
                    label: t('progress.tabConsistency'),
                    children: <ConsistencyTab campaignId={campaignId} roundId={round.id} />,
                  },
                ]}
              />
            ) : (
              <p>{t('progress.noRounds')}</p>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
