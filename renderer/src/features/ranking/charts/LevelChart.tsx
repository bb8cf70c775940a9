import { useMemo } from 'react';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import { countLevels, countLevelsAfterReview } from './chartData';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';
import { AXIS_TOOLTIP } from './tooltip';

export interface LevelChartProps {
  rows: readonly RankingRow[];
  levels: readonly number[];
  labels: RankingLabels;
}

/**
 * Rated branches per level, highest level on the left as in the printed statistics; once the
 * committee decided any branch, a second bar per level counts the levels after review.
 */
export function LevelChart({ rows, levels, labels }: LevelChartProps) {
  const { t } = labels;
  const option = useMemo((): ChartOption => {
    const counts = countLevels(rows, levels);
    const decided = rows.some((r) => r.decided !== undefined);
    return {
      tooltip: AXIS_TOOLTIP,
      grid: { left: 48, right: 16, top: decided ? 48 : 24, bottom: 32 },
      xAxis: { type: 'category', data: levels.map((l) => labels.level(l)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('ranking.chart.branches'),
          data: counts,
          barMaxWidth: 48,
          itemStyle: { color: '#c41d1d' },
          label: { show: true, position: 'top' },
        },
        ...(decided
          ? [
              {
                type: 'bar' as const,
                name: t('minutes.ranking.afterReview'),
                data: countLevelsAfterReview(rows, levels),
                barMaxWidth: 48,
                itemStyle: { color: '#d48806' },
                label: { show: true, position: 'top' as const },
              },
            ]
          : []),
      ],
      ...(decided ? { legend: { top: 0 } } : {}),
    };
  }, [rows, levels, labels, t]);
  return <EChart option={option} label={t('ranking.chart.levels')} testId="chart-levels" />;
}
