import type { RubricDefinition } from '../../../shared/domain/rubric';
import type { RankingRow } from '../../../shared/domain/views';
import { sheetFitsRound } from '../../../shared/domain/org';
import type { ExportData, RoundInfo } from './data';
import type { ScoreRow } from './score-data';
import { entryCell, nameOf, ruleText } from './score-data';
import type { BodyMerge, CellValue, TableSpec } from './table-spec';

/**
 * Submitted score rows of one branch, by round and item. As in the ranking, drafts do not count
 * and neither do sheets in a round of the wrong kind (a self-assessment in a review round).
 */
export function groupBranchScores(
  scores: ScoreRow[],
  rounds: readonly RoundInfo[],
): Map<string, Map<string, ScoreRow[]>> {
  const kinds = new Map(rounds.map((r) => [r.id, r.kind]));
  const byBranch = new Map<string, Map<string, ScoreRow[]>>();
  for (const row of scores) {
    if (row.status !== 'submitted') continue;
    const kind = kinds.get(row.round_id);
    if (kind === undefined || !sheetFitsRound(kind, row.evaluator_id)) continue;
    let byKey = byBranch.get(row.branch_id);
    if (!byKey) {
      byKey = new Map();
      byBranch.set(row.branch_id, byKey);
    }
    const key = `${row.round_id}:${row.item_code}`;
    const list = byKey.get(key) ?? [];
    list.push(row);
    byKey.set(key, list);
  }
  return byBranch;
}

/** 评分表 of one branch: every item of the rubric, a score column per round, remarks, signatures. */
export function scoreSheetTable(
  data: ExportData,
  rubric: RubricDefinition,
  branch: RankingRow,
  scores: Map<string, ScoreRow[]>,
  sheetName: string,
): TableSpec {
  const { t } = data.words;
  const rows: CellValue[][] = [];
  const bodyMerges: BodyMerge[] = [];
  for (const dimension of rubric.dimensions) {
    const dimensionStart = rows.length;
    for (const indicator of dimension.indicators) {
      const indicatorStart = rows.length;
      for (const item of indicator.items) {
        const entries = data.rounds.map((round) => scores.get(`${round.id}:${item.code}`) ?? []);
        const remarks = entries
          .flat()
          .map((r) => r.remark)
          .filter((r) => r !== '');
        rows.push([
          `${nameOf(dimension, data.words)}（${dimension.max / 100}）`,
          `${nameOf(indicator, data.words)}（${indicator.max / 100}）`,
          nameOf(item, data.words),
          item.max > 0 ? item.max / 100 : null,
          ruleText(item, data.words),
          ...data.rounds.map((_, i) => entryCell(item, entries[i] ?? [], data.words)),
          [...new Set(remarks)].join('；'),
        ]);
      }
      bodyMerges.push({ column: 1, from: indicatorStart, to: rows.length - 1 });
    }
    bodyMerges.push({ column: 0, from: dimensionStart, to: rows.length - 1 });
  }
  const totals: CellValue[] = [
    t('common.total'),
    '',
    '',
    rubric.max / 100,
    '',
    ...data.rounds.map((round) => {
      const total = data.roundRows(round.id).get(branch.branchId)?.total;
      return total === null || total === undefined ? null : total / 100;
    }),
    // A round still being scored has no total: say why it is blank.
    data.rounds
      .filter((round) => data.roundRows(round.id).get(branch.branchId)?.status === 'incomplete')
      .map((round) =>
        t('exports.scoreSheet.roundStatus', {
          round: round.name,
          status: t('exports.status.incomplete'),
        }),
      )
      .join(t('exports.listSeparator')),
  ];
  return {
    sheetName,
    title: t('exports.scoreSheet.title', { campaign: data.campaign.name }),
    unitLine: t('exports.scoreSheet.branchLine', {
      township: branch.townshipName,
      branch: branch.branchName,
    }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: [
      { header: t('exports.col.dimension'), wrapAt: 12, valign: 'top' },
      { header: t('exports.col.indicator'), wrapAt: 12, valign: 'top' },
      { header: t('exports.col.item'), align: 'left', wrapAt: 20 },
      { header: t('exports.col.max'), decimals: 1 },
      { header: t('exports.col.rule'), align: 'left', wrapAt: 64 },
      ...data.rounds.map((round) => ({ header: round.name, group: t('exports.col.scores') })),
      { header: t('exports.col.remarks'), align: 'left', wrapAt: 16 },
    ],
    rows,
    bodyMerges,
    totals: [totals],
    signatures: [
      t('exports.sign.self'),
      t('exports.sign.township'),
      t('exports.sign.county'),
      t('exports.sign.date'),
    ],
    freezeColumns: 0,
  };
}
