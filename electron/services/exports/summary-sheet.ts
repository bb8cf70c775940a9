import type { RankingRow } from '../../../shared/domain/views';
import type { ServiceContext } from '../context';
import type { ExportData } from './data';
import { branchTypeText, levelName, levelText } from './data';
import type { CellValue, TableColumn, TableSpec } from './table-spec';

const points = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : value / 100;

/** Sheet remarks of the round, joined per branch, for the remarks column. */
export function roundRemarks(ctx: ServiceContext, roundId: string): Map<string, string> {
  const rows = ctx.db
    .prepare(
      `SELECT branch_id, remark FROM score_sheets WHERE round_id = ? AND remark <> ''
        ORDER BY branch_id, created_at`,
    )
    .all(roundId) as { branch_id: string; remark: string }[];
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

export function summaryRow(
  data: ExportData,
  row: RankingRow,
  no: number,
  sheetRemarks: Map<string, string>,
): CellValue[] {
  const self = data.lastOfKind('self');
  const township = data.lastOfKind('township');
  const county = data.lastOfKind('county');
  const selfRow = self ? data.roundRows(self.id).get(row.branchId) : undefined;
  const checks = starsAreChecks(data);
  return [
    no,
    row.townshipName,
    row.branchName,
    branchTypeText(data, row.branchType),
    points(selfRow?.total),
    selfRow ? levelText(data, selfRow) : '',
    township ? points(data.roundRows(township.id).get(row.branchId)?.total) : null,
    county ? points(data.roundRows(county.id).get(row.branchId)?.total) : null,
    ...data.view.dimensions.map((d, i) =>
      checks ? (row.stars.includes(d.code) ? '✓' : '') : points(row.scores[i]),
    ),
    row.status === 'vetoed' || row.flags.includes('veto') ? data.words.t('exports.vetoMark') : '',
    levelText(data, row),
    row.previousLevel === null ? '' : levelName(data, row.previousLevel),
    row.change ? data.words.t(`exports.change.${row.change}`) : '',
    row.rank,
    remarksOf(data, row, sheetRemarks),
  ];
}

export function summaryTotals(data: ExportData, rows: RankingRow[]): CellValue[] {
  const { t } = data.words;
  const checks = starsAreChecks(data);
  const rated = rows.filter((r) => r.level !== null).length;
  const vetoes = rows.filter((r) => r.status === 'vetoed' || r.flags.includes('veto')).length;
  return [
    t('common.total'),
    '',
    t('exports.branchCount', { n: rows.length }),
    '',
    null,
    '',
    null,
    null,
    ...data.view.dimensions.map((d) =>
      checks ? rows.filter((r) => r.stars.includes(d.code)).length : null,
    ),
    vetoes,
    t('exports.ratedCount', { n: rated }),
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
  return {
    sheetName,
    title,
    unitLine: t('exports.unitLine', { unit: data.options.unitName }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: summaryColumns(data),
    rows: rows.map((row, i) => summaryRow(data, row, i + 1, sheetRemarks)),
    totals: [summaryTotals(data, rows)],
    signatures: [t('exports.sign.preparer'), t('exports.sign.reviewer'), t('exports.sign.leader')],
    freezeColumns: 3,
  };
}
