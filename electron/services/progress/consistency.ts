import type {
  ConsistencyReport,
  EvaluatorConsistency,
  ItemDisagreement,
} from '../../../shared/domain/views/progress';
import type { ServiceContext } from '../context';
import { divideRounded, meanOfFractions } from './exact';
import { itemNames, loadScope, pointItemCodes, requireRound } from './scope';

/**
 * Panels: per branch and item, the submitted evaluator sheets' scores of a round (two or more).
 * Parameters :round, :campaign, :items (JSON array of the items that carry points).
 */
const PANELS_CTE = `
  scored AS MATERIALIZED (
    SELECT s.id AS sheet_id, s.branch_id, s.evaluator_id, sc.item_code, sc.points
      FROM score_sheets s
      JOIN campaign_branches cb ON cb.campaign_id = :campaign AND cb.branch_id = s.branch_id
      JOIN scores sc ON sc.sheet_id = s.id
     WHERE s.round_id = :round AND s.evaluator_id IS NOT NULL AND s.status = 'submitted'
       AND sc.item_code IN (SELECT value FROM json_each(:items))
  ),
  panels AS MATERIALIZED (
    SELECT branch_id, item_code, count(*) AS n, sum(points) AS total,
           max(points) - min(points) AS spread, sum(points * points) AS squares
      FROM scored GROUP BY branch_id, item_code HAVING count(*) >= 2
  )`;

interface DeviationRow {
  evaluator_id: string;
  n: number;
  comparisons: number;
  signed: number;
  absolute: number;
}

interface ItemRow {
  item_code: string;
  branches: number;
  spread_sum: number;
  sd_mean: number;
}

/**
 * How each evaluator scores compared with the others on the same branches, and which items
 * the panels disagree on most. Advisory only: nothing here changes a score.
 */
export function evaluatorConsistency(
  ctx: ServiceContext,
  input: { campaignId: string; roundId: string },
): ConsistencyReport {
  const scope = loadScope(ctx, input.campaignId);
  const round = requireRound(scope, input.roundId);
  const params = {
    round: round.id,
    campaign: scope.campaign.id,
    items: JSON.stringify(pointItemCodes(scope.rubric)),
  };
  // Summed per panel size n as integers: n·own − sum is n times the deviation from the mean.
  const deviations = ctx.db
    .prepare(
      `WITH ${PANELS_CTE}
       SELECT sc.evaluator_id, p.n, count(*) AS comparisons,
              sum(p.n * sc.points - p.total) AS signed,
              sum(abs(p.n * sc.points - p.total)) AS absolute
         FROM scored sc JOIN panels p ON p.branch_id = sc.branch_id AND p.item_code = sc.item_code
        GROUP BY sc.evaluator_id, p.n`,
    )
    .all(params) as DeviationRow[];
  const sheets = ctx.db
    .prepare(
      `WITH ${PANELS_CTE}
       , panel_branches AS MATERIALIZED (SELECT DISTINCT branch_id FROM panels)
       SELECT e.id, e.name, count(s.id) AS sheets, count(pb.branch_id) AS compared
         FROM evaluators e
         JOIN score_sheets s ON s.evaluator_id = e.id AND s.round_id = :round AND s.status = 'submitted'
         JOIN campaign_branches cb ON cb.campaign_id = :campaign AND cb.branch_id = s.branch_id
         LEFT JOIN panel_branches pb ON pb.branch_id = s.branch_id
        GROUP BY e.id ORDER BY e.name, e.id`,
    )
    .all(params) as { id: string; name: string; sheets: number; compared: number }[];
  // The standard deviation needs a square root; it is computed from exact integer moments
  // (n·Σx² − (Σx)²) and only the mean over branches is a float, rounded once.
  const items = ctx.db
    .prepare(
      `WITH ${PANELS_CTE}
       SELECT item_code, count(*) AS branches, sum(spread) AS spread_sum,
              avg(sqrt(n * squares - total * total) / n) AS sd_mean
         FROM panels GROUP BY item_code`,
    )
    .all(params) as ItemRow[];
  const panelBranches = (
    ctx.db
      .prepare(`WITH ${PANELS_CTE} SELECT count(DISTINCT branch_id) AS n FROM panels`)
      .get(params) as { n: number }
  ).n;

  const evaluators: EvaluatorConsistency[] = sheets.map((e) => {
    const rows = deviations.filter((d) => d.evaluator_id === e.id);
    const comparisons = rows.reduce((sum, d) => sum + d.comparisons, 0);
    return {
      evaluatorId: e.id,
      name: e.name,
      sheets: e.sheets,
      comparedSheets: e.compared,
      comparisons,
      meanSigned: meanOfFractions(new Map(rows.map((d) => [d.n, d.signed])), comparisons),
      meanAbsolute: meanOfFractions(new Map(rows.map((d) => [d.n, d.absolute])), comparisons),
    };
  });
  const names = new Map(
    itemNames(
      scope.rubric,
      items.map((i) => i.item_code),
    ).map((n) => [n.code, n]),
  );
  const order = new Map(scope.rubric.items.map((item, i) => [item.code, i]));
  // Ordered on the exact means (cross-multiplied), so rounding never reorders two items.
  const disagreements: ItemDisagreement[] = [...items]
    .sort(
      (a, b) =>
        b.spread_sum * a.branches - a.spread_sum * b.branches ||
        b.sd_mean - a.sd_mean ||
        (order.get(a.item_code) ?? 0) - (order.get(b.item_code) ?? 0),
    )
    .map((row) => ({
      code: row.item_code,
      name: names.get(row.item_code)?.name ?? row.item_code,
      nameEn: names.get(row.item_code)?.nameEn ?? row.item_code,
      branches: row.branches,
      meanRange: divideRounded(BigInt(row.spread_sum), BigInt(row.branches)),
      meanSd: Math.round(row.sd_mean),
    }));
  return { roundId: round.id, panelBranches, evaluators, items: disagreements };
}
