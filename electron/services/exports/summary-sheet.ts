import type { RankingRow } from '../../../shared/domain/views';
import type { ServiceContext } from '../context';
import type { ExportData } from './data';
import { branchTypeText, decidedText, levelCell, levelText } from './data';
import { listRoundRemarks } from './queries';
import type { CellValue, TableColumn, TableSpec } from './table-spec';

const points = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : value / 100;

/**
 * Sheet remarks of the round, joined per branch, for the remarks column. A plain scan: reading
 * the sheets in table order is several times faster than through the round index, which
 * visits 46,000 scattered rows of a province.
 */
export function roundRemarks(ctx: ServiceContext, roundId: string): Map<string, string> {
  const rows = listRoundRemarks(ctx.db, roundId);
  const remarks = new Map<string, string>();
  for (const row of rows) {
    const before = remarks.get(row.branch_id);
    remarks.set(row.branch_id, before ? `${before}；${row.remark}` : row.remark);
  }
  return remarks;
}

function starsAreChecks(data: ExportData): boolean {
  return data.view.scheme === 'per-star' && data.options.starColumns === 'check';
}

export function summaryColumns(data: ExportData): TableColumn[] {
  const { t } = data.words;
  const starGroup = t(data.view.scheme === 'per-star' ? 'exports.col.stars' : 'exports.col.parts');
  const named = (code: string, en: string) => (data.words.language === 'en' ? en : code);
  return [
    { header: t('exports.col.no'), decimals: 0 },
    { header: t('exports.col.township') },
    { header: t('exports.col.branch'), align: 'left' },
    { header: t('exports.col.type') },
    { header: t('exports.col.score'), group: t('exports.col.self') },
    { header: t('exports.col.level'), group: t('exports.col.self') },
    { header: t('exports.col.townshipReview'), group: t('exports.col.review') },
    { header: t('exports.col.countyReview'), group: t('exports.col.review') },
    ...data.view.dimensions.map((d) => ({
      header: named(d.name, d.nameEn),
      group: starGroup,
      ...(starsAreChecks(data) ? { decimals: 0 } : {}),
    })),
    { header: t('exports.col.veto'), decimals: 0 },
    { header: t('exports.col.proposed') },
    ...(data.decided ? [{ header: t('minutes.col.decided') }] : []),
    { header: t('exports.col.lastYear') },
    { header: t('exports.col.change') },
    { header: t('exports.col.rank'), decimals: 0 },
    { header: t('exports.col.remarks'), align: 'left', wrapAt: 30 },
  ];
}

function remarksOf(data: ExportData, row: RankingRow, sheetRemarks: Map<string, string>): string {
  const parts = row.flags.map((flag) => data.words.t(`exports.flag.${flag}`));
  const remark = sheetRemarks.get(row.branchId);
  if (remark) parts.push(remark);
  return parts.join('；');
}

/** What every row of a summary needs, looked up once per sheet rather than per row. */
export interface SummaryContext {
  self: Map<string, RankingRow> | undefined;
  township: Map<string, RankingRow> | undefined;
  county: Map<string, RankingRow> | undefined;
  checks: boolean;
  remarks: Map<string, string>;
}

export function summaryContext(data: ExportData, remarks: Map<string, string>): SummaryContext {
  const rowsOf = (kind: 'self' | 'township' | 'county') => {
    const round = data.lastOfKind(kind);
    return round ? data.roundRows(round.id) : undefined;
  };
  return {
    self: rowsOf('self'),
    township: rowsOf('township'),
    county: rowsOf('county'),
    checks: starsAreChecks(data),
    remarks,
  };
}

export function summaryRow(
  data: ExportData,
  context: SummaryContext,
  row: RankingRow,
  no: number,
): CellValue[] {
  const selfRow = context.self?.get(row.branchId);
  const cells: CellValue[] = [
    no,
    row.townshipName,
    row.branchName,
    branchTypeText(data, row.branchType),
    points(selfRow?.total),
    selfRow ? levelText(data, selfRow) : '',
    points(context.township?.get(row.branchId)?.total),
    points(context.county?.get(row.branchId)?.total),
  ];
  data.view.dimensions.forEach((d, i) => {
    cells.push(context.checks ? (row.stars.includes(d.code) ? '✓' : '') : points(row.scores[i]));
  });
  cells.push(
    row.status === 'vetoed' || row.flags.includes('veto') ? data.words.t('exports.vetoMark') : '',
    levelText(data, row),
    ...(data.decided ? [decidedText(data, row)] : []),
    row.previousLevel === null ? '' : levelCell(data, row.previousLevel),
    row.change ? data.words.t(`exports.change.${row.change}`) : '',
    row.rank,
    remarksOf(data, row, context.remarks),
  );
  return cells;
}

export function summaryTotals(data: ExportData, rows: RankingRow[]): CellValue[] {
  const { t } = data.words;
  const checks = starsAreChecks(data);
  const codes = data.view.dimensions.map((d) => d.code);
  const stars = new Array<number>(codes.length).fill(0);
  let rated = 0;
  let decided = 0;
  let vetoes = 0;
  // One pass: a province has 46,000 rows.
  for (const row of rows) {
    if (row.level !== null) rated += 1;
    if (row.decided) decided += 1;
    if (row.status === 'vetoed' || row.flags.includes('veto')) vetoes += 1;
    for (const code of row.stars) {
      const index = codes.indexOf(code);
      if (index >= 0) stars[index] = (stars[index] ?? 0) + 1;
    }
  }
  return [
    t('common.total'),
    '',
    t('exports.branchCount', { count: rows.length }),
    '',
    null,
    '',
    null,
    null,
    ...stars.map((n) => (checks ? n : null)),
    vetoes,
    t('exports.ratedCount', { n: rated }),
    ...(data.decided ? [t('minutes.decidedCount', { n: decided })] : []),
    '',
    '',
    null,
    '',
  ];
}

export function summaryTable(
  data: ExportData,
  rows: RankingRow[],
  sheetRemarks: Map<string, string>,
  sheetName: string,
  title: string,
): TableSpec {
  const { t } = data.words;
  const context = summaryContext(data, sheetRemarks);
  return {
    sheetName,
    title,
    unitLine: t('exports.unitLine', { unit: data.options.unitName }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: summaryColumns(data),
    rows: rows.map((row, i) => summaryRow(data, context, row, i + 1)),
    totals: [summaryTotals(data, rows)],
    signatures: [
      t('exports.sign.preparedBy', { name: data.operator }),
      t('exports.sign.reviewer'),
      t('exports.sign.leader'),
    ],
    freezeColumns: 3,
  };
}
