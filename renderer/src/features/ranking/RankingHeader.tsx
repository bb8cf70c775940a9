import { Select, Space, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingMeta, RoundSummary } from '../../../../shared/domain/views';
import { PageHeader } from '../../components/PageHeader';
import { useNumberFormat } from './useNumberFormat';
import { STATUSES } from './filters/rankingFilters';

export interface RankingHeaderProps {
  meta: RankingMeta;
  campaignName: string | undefined;
  rounds: RoundSummary[];
  /** A newer ranking is being computed while this one stays on screen. */
  refreshing: boolean;
  onRound: (roundId: string | undefined) => void;
}

/** Title, scheme, counts per status, and the round whose results are shown. */
export function RankingHeader({
  meta: view,
  campaignName,
  rounds,
  refreshing,
  onRound,
}: RankingHeaderProps) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const counts = view.statusTotals;
  const sorted = [...rounds].sort((a, b) => a.seq - b.seq);
  const deciding = sorted.find((r) => r.isDeciding);
  return (
    <PageHeader
      title={
        <Space size="middle" wrap>
          {t('ranking.title')}
          <Tag>{t(`scheme.${view.scheme}`)}</Tag>
          {refreshing && <Spin size="small" />}
        </Space>
      }
      subtitle={
        <span data-testid="ranking-counts">
          {[
            campaignName,
            t('ranking.countsTotal', { n: number(view.total) }),
            ...STATUSES.map((s) =>
              t('ranking.statusCount', { status: t(`ranking.status.${s}`), n: number(counts[s]) }),
            ),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      }
      extra={
        <Space>
          <span>{t('ranking.round')}</span>
          <Select<string>
            className="xp-rank-round"
            aria-label={t('ranking.round')}
            data-testid="round-select"
            value={view.roundId}
            onChange={(roundId) => onRound(roundId === deciding?.id ? undefined : roundId)}
            options={sorted.map((r) => ({
              value: r.id,
              label: r.isDeciding ? t('ranking.roundDeciding', { name: r.name }) : r.name,
            }))}
            // Until the rounds arrive, show the name the ranking itself carries.
            labelRender={({ label }) => label ?? view.roundName}
          />
        </Space>
      }
    />
  );
}
