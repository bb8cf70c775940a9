import type { RankingRow } from '../../../shared/domain/views';
import type { ServiceContext } from '../context';
import type { ExportData } from './data';
import { evaluatorTable, listCampaignEvaluators } from './evaluator-sheet';
import { decisionsTable } from './decisions-sheet';
import { noticeTable } from './notice-sheet';
import { campaignRubric, loadScores } from './score-data';
import type { ScoreRow } from './score-data';
import { groupBranchScores, scoreSheetTable } from './score-sheet';
import { createSheetNamer } from '../../workbook/sheet-names';
import { statisticsTable } from './statistics-sheet';
import { roundRemarks, summaryTable } from './summary-sheet';
import type { TableSpec } from './table-spec';

/** The chosen sheets in a fixed order, each built only when the writer asks for it. */
export function* sheetSpecs(ctx: ServiceContext, data: ExportData): Generator<TableSpec> {
  const { t } = data.words;
  const wanted = new Set(data.options.sheets);
  const name = createSheetNamer();
  const remarks = roundRemarks(ctx, data.view.roundId);
  if (wanted.has('summary')) {
    yield summaryTable(
      data,
      data.view.rows,
      remarks,
      name(t('exports.sheet.summary')),
      t('exports.summary.title', { campaign: data.campaign.name }),
    );
  }
  if (wanted.has('townships')) {
    const byTownship = new Map<string, RankingRow[]>();
    for (const row of data.view.rows) {
      const list = byTownship.get(row.townshipId) ?? [];
      list.push(row);
      byTownship.set(row.townshipId, list);
    }
    for (const township of data.townships) {
      yield summaryTable(
        data,
        byTownship.get(township.id) ?? [],
        remarks,
        name(township.name),
        t('exports.summary.townshipTitle', {
          campaign: data.campaign.name,
          township: township.name,
        }),
      );
    }
  }
  if (wanted.has('statistics')) yield statisticsTable(data, name(t('exports.sheet.statistics')));
  if (wanted.has('notice')) yield noticeTable(data, name(t('exports.sheet.notice')));
  if (wanted.has('decisions')) yield decisionsTable(ctx, data, name(t('minutes.sheet.name')));
  if (!wanted.has('scoreSheets') && !wanted.has('evaluators')) return;
  const rubric = campaignRubric(ctx, data.campaign.rubric_version_id);
  const scores: ScoreRow[] = loadScores(ctx, data.campaign.id);
  if (wanted.has('scoreSheets')) {
    const grouped = groupBranchScores(scores, data.rounds);
    const ordered = [...data.view.rows].sort(
      (a, b) =>
        townshipOrder(data, a.townshipId) - townshipOrder(data, b.townshipId) ||
        a.branchName.localeCompare(b.branchName, 'zh-CN'),
    );
    for (const branch of ordered) {
      yield scoreSheetTable(
        data,
        rubric,
        branch,
        grouped.get(branch.branchId) ?? new Map<string, ScoreRow[]>(),
        name(branch.branchName),
      );
    }
  }
  if (wanted.has('evaluators')) {
    for (const evaluator of listCampaignEvaluators(ctx, data.campaign.id)) {
      yield evaluatorTable(
        data,
        rubric,
        evaluator,
        scores,
        name(t('exports.sheet.evaluator', { name: evaluator.name })),
      );
    }
  }
}

function townshipOrder(data: ExportData, townshipId: string): number {
  return data.townships.findIndex((t) => t.id === townshipId);
}

/** How many sheets `sheetSpecs` will yield, for the progress line. */
export function sheetCount(ctx: ServiceContext, data: ExportData): number {
  const wanted = new Set(data.options.sheets);
  let count = 0;
  if (wanted.has('summary')) count += 1;
  if (wanted.has('townships')) count += data.townships.length;
  if (wanted.has('statistics')) count += 1;
  if (wanted.has('notice')) count += 1;
  if (wanted.has('decisions')) count += 1;
  if (wanted.has('scoreSheets')) count += data.view.rows.length;
  if (wanted.has('evaluators')) count += listCampaignEvaluators(ctx, data.campaign.id).length;
  return count;
}
