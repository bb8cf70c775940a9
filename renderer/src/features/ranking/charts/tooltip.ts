import type { ChartOption } from './echarts';

/**
 * Tooltips drawn on the canvas (richText) rather than as HTML: echarts' HTML tooltip writes
 * inline style attributes, which the CSP refuses.
 */
export const AXIS_TOOLTIP: ChartOption['tooltip'] = {
  trigger: 'axis',
  renderMode: 'richText',
  axisPointer: { type: 'shadow' },
};
