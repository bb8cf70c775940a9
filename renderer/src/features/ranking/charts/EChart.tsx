import { theme } from 'antd';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './echarts';
import { init } from './echarts';

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
  testId?: string;
}

/** One echarts canvas that follows its box's size and the app's font. */
export function EChart({ option, label, height = 260, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof init>>(undefined);
  const { token } = theme.useToken();

  useEffect(() => {
    const dom = ref.current;
    if (!dom) return undefined;
    const chart = init(dom, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = undefined;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(
      {
        textStyle: { fontFamily: token.fontFamily, fontSize: 13 },
        animationDuration: 300,
        ...option,
      },
      { notMerge: true },
    );
  }, [option, token.fontFamily]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      className="xp-chart"
      style={{ height }}
      data-testid={testId}
    />
  );
}
