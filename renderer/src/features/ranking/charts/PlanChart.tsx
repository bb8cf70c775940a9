import { useMemo } from 'react';
import type { RankingLabels } from '../labels';
import type { PlanLine } from './chartData';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';
import { AXIS_TOOLTIP } from './tooltip';

export interface PlanChartProps {
  lines: readonly PlanLine[];
  labels: RankingLabels;
}

/** Plan (计划创建数) and result side by side for every planned level and star. */
export function PlanChart({ lines, labels }: PlanChartProps) {
  const { t } = labels;
  const option = useMemo((): ChartOption => {
    const name = (line: PlanLine) =>
      line.kind === 'level' ? labels.level(Number(line.target)) : labels.dimension(line.target);
    return {
      tooltip: AXIS_TOOLTIP,
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 48 },
      xAxis: {
        type: 'category',
        data: lines.map(name),
        axisLabel: { interval: 0, hideOverlap: false, rotate: lines.length > 8 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('ranking.chart.plan'),
          data: lines.map((l) => l.plan),
          barMaxWidth: 28,
          itemStyle: { color: '#8c8c8c' },
          label: { show: true, position: 'top' },
        },
        {
          type: 'bar',
          name: t('ranking.chart.result'),
          data: lines.map((l) => l.result),
          barMaxWidth: 28,
          itemStyle: { color: '#c41d1d' },
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [lines, labels, t]);
  return <EChart option={option} label={t('ranking.chart.plan')} testId="chart-plan" />;
}
