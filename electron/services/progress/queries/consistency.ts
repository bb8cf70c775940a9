import type { Store } from '../../../store/open';

export interface ConsistencyParams {
  round: string;
  campaign: string;
  /** JSON array of the items that carry points. */
  items: string;
}

export interface DeviationRow {
  evaluator_id: string;
  n: number;
  comparisons: number;
  signed: number;
  absolute: number;
}

export interface ItemRow {
  item_code: string;
  branches: number;
  spread_sum: number;
  sd_mean: number;
}

/**
 * One statement, one pass over the round's scores: panels are the submitted evaluator scores of
 * one branch and item (two or more), materialised once and read by three aggregates.
 * Deviations are summed per panel size n as integers: n·own − sum is n times the deviation
 * from the panel mean. The standard deviation comes from exact integer moments
 * (n·Σx² − (Σx)²); only its mean over branches is a float.
 */
const PANELS_SQL = `
  WITH scored AS MATERIALIZED (
    SELECT s.branch_id, s.evaluator_id, sc.item_code, sc.points
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
  )
  SELECT 'e' AS kind, sc.evaluator_id AS key, p.n AS n, count(*) AS a,
         sum(p.n * sc.points - p.total) AS b, sum(abs(p.n * sc.points - p.total)) AS c
    FROM scored sc JOIN panels p ON p.branch_id = sc.branch_id AND p.item_code = sc.item_code
   GROUP BY sc.evaluator_id, p.n
  UNION ALL
  SELECT 'i', item_code, NULL, count(*), sum(spread), avg(sqrt(n * squares - total * total) / n)
    FROM panels GROUP BY item_code
  UNION ALL
  SELECT 'b', NULL, NULL, count(DISTINCT branch_id), NULL, NULL FROM panels`;

export function readPanels(
  db: Store,
  params: ConsistencyParams,
): { deviations: DeviationRow[]; items: ItemRow[]; panelBranches: number } {
  const rows = db.prepare(PANELS_SQL).all(params) as {
    kind: 'e' | 'i' | 'b';
    key: string | null;
    n: number | null;
    a: number;
    b: number | null;
    c: number | null;
  }[];
  const deviations: DeviationRow[] = [];
  const items: ItemRow[] = [];
  let panelBranches = 0;
  for (const row of rows) {
    if (row.kind === 'e') {
      deviations.push({
        evaluator_id: row.key ?? '',
        n: row.n ?? 0,
        comparisons: row.a,
        signed: row.b ?? 0,
        absolute: row.c ?? 0,
      });
    } else if (row.kind === 'i') {
      items.push({
        item_code: row.key ?? '',
        branches: row.a,
        spread_sum: row.b ?? 0,
        sd_mean: row.c ?? 0,
      });
    } else {
      panelBranches = row.a;
    }
  }
  return { deviations, items, panelBranches };
}

/**
 * Submitted sheets per evaluator, and how many of them are of branches that another evaluator
 * also submitted (those are the ones compared). Reads sheets only, never scores.
 */
export function readSheetCounts(
  db: Store,
  params: Omit<ConsistencyParams, 'items'>,
): { id: string; name: string; sheets: number; compared: number }[] {
  return db
    .prepare(
      `WITH submitted AS MATERIALIZED (
         SELECT s.branch_id, s.evaluator_id FROM score_sheets s
           JOIN campaign_branches cb ON cb.campaign_id = :campaign AND cb.branch_id = s.branch_id
          WHERE s.round_id = :round AND s.evaluator_id IS NOT NULL AND s.status = 'submitted'
       ),
       per_branch AS (SELECT branch_id, count(*) AS n FROM submitted GROUP BY branch_id)
       SELECT e.id, e.name, count(*) AS sheets, sum(pb.n >= 2) AS compared
         FROM submitted s
         JOIN evaluators e ON e.id = s.evaluator_id
         JOIN per_branch pb ON pb.branch_id = s.branch_id
        GROUP BY e.id ORDER BY e.name, e.id`,
    )
    .all(params) as { id: string; name: string; sheets: number; compared: number }[];
}
