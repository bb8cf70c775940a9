import { Select, Space, Switch, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../../../app/sessionState';
import { QueryView } from '../../../components/QueryView';
import { useRoundComparison } from '../progressApi';
import { VirtualGrid } from '../VirtualGrid';
import { ThresholdControl } from './ThresholdControl';
import type { GapSort } from './useComparisonColumns';
import { sortByGap, useComparisonColumns } from './useComparisonColumns';

export interface ComparisonTabProps {
  campaignId: string;
}

/** Each branch's totals and levels round by round, and the gaps worth a second look. */
export function ComparisonTab({ campaignId }: ComparisonTabProps) {
  const { t } = useTranslation();
  const key = `progress/${campaignId}/comparison`;
  const [fromRoundId, setFrom] = useSessionState<string | undefined>(`${key}/from`, undefined);
  const [toRoundId, setTo] = useSessionState<string | undefined>(`${key}/to`, undefined);
  const [flaggedOnly, setFlaggedOnly] = useSessionState(`${key}/flagged`, false);
  const [sort, setSort] = useSessionState<GapSort>(`${key}/sort`, 'none');
  const query = useRoundComparison({
    campaignId,
    ...(fromRoundId ? { fromRoundId } : {}),
    ...(toRoundId ? { toRoundId } : {}),
  });
  const columns = useComparisonColumns(campaignId, query.data, sort, setSort);
  const rows = useMemo(() => {
    const all = query.data?.rows ?? [];
    return sortByGap(flaggedOnly ? all.filter((r) => r.flagged) : all, sort);
  }, [query.data, flaggedOnly, sort]);
  return (
    <QueryView query={query} rows={10}>
      {(view) => {
        const roundOptions = view.rounds.map((r) => ({ value: r.id, label: r.name }));
        return (
          <>
            <div className="xp-pg-filters">
              <Space>
                <Typography.Text>{t('progress.gapFrom')}</Typography.Text>
                <Select
                  className="xp-pg-select"
                  aria-label={t('progress.gapFrom')}
                  value={view.fromRoundId}
                  onChange={setFrom}
                  options={roundOptions}
                  data-testid="gap-from"
                />
                <Typography.Text>{t('progress.gapTo')}</Typography.Text>
                <Select
                  className="xp-pg-select"
                  aria-label={t('progress.gapTo')}
                  value={view.toRoundId}
                  onChange={setTo}
                  options={roundOptions}
                  data-testid="gap-to"
                />
              </Space>
              <ThresholdControl
                key={view.threshold}
                campaignId={campaignId}
                threshold={view.threshold}
              />
              <Space>
                <Switch
                  checked={flaggedOnly}
                  onChange={setFlaggedOnly}
                  aria-label={t('progress.flaggedOnly')}
                  data-testid="flagged-only"
                />
                <Typography.Text>{t('progress.flaggedOnly')}</Typography.Text>
              </Space>
              <Tag
                color={view.flaggedCount > 0 ? 'warning' : 'default'}
                data-testid="flagged-count"
              >
                {t('progress.flaggedCount', { count: view.flaggedCount })}
              </Tag>
            </div>
            <VirtualGrid
              rows={rows}
              columns={columns}
              rowKey={(row) => row.branchId}
              label={t('progress.comparisonLabel')}
              testId="comparison-grid"
              tall
              rowClass={(row) => (row.flagged ? 'xp-pg-flagged' : undefined)}
            />
          </>
        );
      }}
    </QueryView>
  );
}
