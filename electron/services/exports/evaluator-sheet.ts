import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import type { ServiceContext } from '../context';
import type { ExportData } from './data';
import type { EvaluatorInfo } from './queries';
import { listEvaluatorsOfCampaign } from './queries';
import type { ScoreRow } from './score-data';
import { entryCell, nameOf } from './score-data';
import type { CellValue, TableSpec } from './table-spec';

export type { EvaluatorInfo } from './queries';

export function listCampaignEvaluators(ctx: ServiceContext, campaignId: string): EvaluatorInfo[] {
  return listEvaluatorsOfCampaign(ctx.db, campaignId);
}

/** Evaluator detail: every score one evaluator gave, branch by branch and item by item. */
export function evaluatorTable(
  data: ExportData,
  rubric: RubricDefinition,
  evaluator: EvaluatorInfo,
  scores: ScoreRow[],
  sheetName: string,
): TableSpec {
  const { t } = data.words;
  const items = new Map<string, { item: RubricItem; order: number }>(
    listItems(rubric).map((item, order) => [item.code, { item, order }]),
  );
  const rounds = new Map(data.rounds.map((r) => [r.id, r]));
  const branches = new Map(data.view.rows.map((r) => [r.branchId, r]));
  const mine = scores
    .filter((s) => s.evaluator_id === evaluator.id && items.has(s.item_code))
    .sort(
      (a, b) =>
        (rounds.get(a.round_id)?.seq ?? 0) - (rounds.get(b.round_id)?.seq ?? 0) ||
        (branches.get(a.branch_id)?.townshipName ?? '').localeCompare(
          branches.get(b.branch_id)?.townshipName ?? '',
          'zh-CN',
        ) ||
        a.branch_id.localeCompare(b.branch_id) ||
        (items.get(a.item_code)?.order ?? 0) - (items.get(b.item_code)?.order ?? 0),
    );
  const rows: CellValue[][] = mine.map((score, i) => {
    const branch = branches.get(score.branch_id);
    const item = items.get(score.item_code)?.item;
    return [
      i + 1,
      branch?.townshipName ?? '',
      branch?.branchName ?? '',
      rounds.get(score.round_id)?.name ?? '',
      t(`exports.sheetStatus.${score.status}`),
      score.item_code,
      item ? nameOf(item, data.words) : '',
      item && item.max > 0 ? item.max / 100 : null,
      item ? entryCell(item, [score], data.words) : null,
      score.remark,
    ];
  });
  const role = evaluator.role ? `（${evaluator.role}）` : '';
  return {
    sheetName,
    title: t('exports.evaluator.title', { campaign: data.campaign.name }),
    unitLine: t('exports.evaluator.line', { name: evaluator.name + role }),
    dateLine: t('exports.dateLine', { date: data.date }),
    columns: [
      { header: t('exports.col.no'), decimals: 0 },
      { header: t('exports.col.township') },
      { header: t('exports.col.branch'), align: 'left' },
      { header: t('exports.col.round') },
      { header: t('exports.col.sheetStatus') },
      { header: t('exports.col.code'), group: t('exports.col.item') },
      {
        header: t('exports.col.itemName'),
        group: t('exports.col.item'),
        align: 'left',
        wrapAt: 24,
      },
      { header: t('exports.col.max'), group: t('exports.col.item'), decimals: 1 },
      { header: t('exports.col.given') },
      { header: t('exports.col.remarks'), align: 'left', wrapAt: 30 },
    ],
    rows,
    signatures: [t('exports.sign.evaluator'), t('exports.sign.date')],
    freezeColumns: 3,
  };
}
