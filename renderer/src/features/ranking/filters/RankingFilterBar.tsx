import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankingMeta } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { knownLevels } from '../levelName';
import type { RankingFilters, RankingStatus } from './rankingFilters';
import { STATUSES, isFiltering } from './rankingFilters';

export interface RankingFilterBarProps {
  view: RankingMeta;
  labels: RankingLabels;
  filters: RankingFilters;
  townships: { id: string; name: string }[];
  statusCounts: Record<RankingStatus, number>;
  onChange: (patch: Partial<RankingFilters>) => void;
}

const ALL = 'all';

export function RankingFilterBar(props: RankingFilterBarProps) {
  const { view, labels, filters, townships, statusCounts, onChange } = props;
  const { t } = useTranslation();
  const anyCount = STATUSES.reduce((sum, s) => sum + statusCounts[s], 0);
  const statusOptions = [
    { value: ALL, label: t('ranking.statusAll', { n: labels.count(anyCount) }) },
    ...STATUSES.map((s) => ({
      value: s,
      label: t('ranking.statusCount', {
        status: t(`ranking.status.${s}`),
        n: labels.count(statusCounts[s]),
      }),
    })),
  ];
  const perStar = view.scheme === 'per-star';
  return (
    <div className="xp-rank-filters" data-testid="ranking-filters">
      <Segmented<string>
        aria-label={t('ranking.filterStatus')}
        data-testid="filter-status"
        options={statusOptions}
        value={filters.status ?? ALL}
        onChange={(value) =>
          onChange({ status: value === ALL ? undefined : (value as RankingStatus) })
        }
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="xp-rank-select"
        aria-label={t('ranking.filterTownship')}
        data-testid="filter-township"
        placeholder={t('ranking.filterTownship')}
        value={filters.townships}
        onChange={(townshipIds) => onChange({ townships: townshipIds })}
        options={townships.map((tw) => ({ value: tw.id, label: tw.name }))}
        optionFilterProp="label"
      />
      <Select<number[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="xp-rank-select-narrow"
        aria-label={t('ranking.filterLevel')}
        data-testid="filter-level"
        placeholder={t('ranking.filterLevel')}
        value={filters.levels}
        onChange={(levels) => onChange({ levels })}
        options={[...knownLevels(view), 0]
          .filter((level, i, all) => all.indexOf(level) === i)
          .map((level) => ({ value: level, label: labels.level(level) }))}
      />
      {perStar && (
        <Select<string[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="xp-rank-select"
          aria-label={t('ranking.filterStar')}
          data-testid="filter-star"
          placeholder={t('ranking.filterStar')}
          value={filters.stars}
          onChange={(stars) => onChange({ stars })}
          options={view.dimensions.map((d) => ({ value: d.code, label: labels.dimension(d.code) }))}
          optionFilterProp="label"
        />
      )}
      <Input
        allowClear
        className="xp-rank-search"
        prefix={<SearchOutlined />}
        aria-label={t('ranking.searchLabel')}
        placeholder={t('ranking.searchPlaceholder')}
        data-testid="filter-search"
        value={filters.search}
        onChange={(e) => onChange({ search: e.target.value })}
      />
      {/* Icon only, and always there: a button appearing would reflow the row under the cursor. */}
      <Tooltip title={t('ranking.clearFilters')}>
        <Button
          icon={<ClearOutlined />}
          aria-label={t('ranking.clearFilters')}
          disabled={!isFiltering(filters)}
          onClick={() =>
            onChange({ townships: [], levels: [], stars: [], status: undefined, search: '' })
          }
        />
      </Tooltip>
    </div>
  );
}
