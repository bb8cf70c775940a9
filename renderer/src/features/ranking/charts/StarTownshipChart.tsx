import { useMemo } from 'react';
import type { RankingRow } from '../../../../../shared/domain/views';
import type { RankingLabels } from '../labels';
import type { TownshipRef } from './chartData';
import { starsByTownship } from './chartData';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';
import { AXIS_TOOLTIP } from './tooltip';

export interface StarTownshipChartProps {
  rows: readonly RankingRow[];
  townships: readonly TownshipRef[];
  stars: readonly string[];
  labels: RankingLabels;
}

/** Beyond this many townships the chart scrolls sideways instead of squeezing the bars. */
const VISIBLE_TOWNSHIPS = 12;

/** Each star's count per township: one group of bars per township, one colour per star. */
export function StarTownshipChart({ rows, townships, stars, labels }: StarTownshipChartProps) {
  const { t } = labels;
  const option = useMemo((): ChartOption => {
    const counts = starsByTownship(rows, townships, stars);
    const zoom = townships.length > VISIBLE_TOWNSHIPS;
    return {
      tooltip: AXIS_TOOLTIP,
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: zoom ? 64 : 32 },
      xAxis: { type: 'category', data: townships.map((tw) => tw.name) },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: zoom
        ? [
            { type: 'slider', startValue: 0, endValue: VISIBLE_TOWNSHIPS - 1, bottom: 8 },
            { type: 'inside' },
          ]
        : [],
      series: stars.map((star, s) => ({
        type: 'bar',
        name: labels.dimension(star),
        data: counts.map((line) => line[s] ?? 0),
        barMaxWidth: 24,
      })),
    };
  }, [rows, townships, stars, labels]);
  return (
    <EChart
      option={option}
      label={t('ranking.chart.starsByTownship')}
      height={300}
      testId="chart-stars"
    />
  );
}
