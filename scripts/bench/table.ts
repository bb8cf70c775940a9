import type { Measurement, Unit } from './measurement';
import { verdict } from './measurement';

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
    case 'MB':
      return `${value.toFixed(0)} MB`;
    case 'rows':
    case 'count':
      return Math.round(value).toLocaleString('en');
  }
}

function formatTarget(m: Measurement): string {
  const parts: string[] = [];
  if (m.target?.max !== undefined) parts.push(`≤ ${formatValue(m.target.max, m.unit)}`);
  if (m.target?.ratioMax !== undefined) parts.push(`≤ ${m.target.ratioMax}× floor`);
  return parts.join(', ');
}

export const COLUMNS = ['dataset', 'measurement', 'value', 'target', '× floor', 'verdict', 'how'];

/** One row of cells per measurement, in the order of COLUMNS. */
export function tableRows(measurements: Measurement[]): string[][] {
  return measurements.map((m) => [
    m.dataset,
    m.label,
    formatValue(m.value, m.unit),
    formatTarget(m),
    m.ratio ? `${m.ratio.value.toFixed(2)}×` : '',
    verdict(m),
    m.detail ?? '',
  ]);
}

/** A plain-text table for the terminal. */
export function renderTable(measurements: Measurement[]): string {
  const rows = [COLUMNS, ...tableRows(measurements)];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) =>
        c === 2 || c === 4 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(COLUMNS), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The same rows as a Markdown table, for docs/performance.md. */
export function renderMarkdown(measurements: Measurement[]): string {
  const escape = (cell: string): string => cell.replaceAll('|', '\\|');
  const header = `| ${COLUMNS.join(' | ')} |`;
  const rule = `| ${COLUMNS.map((_, c) => (c === 2 || c === 4 ? '---:' : '---')).join(' | ')} |`;
  const body = tableRows(measurements).map((r) => `| ${r.map(escape).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}
