import type { ServiceContext } from '../context';

/**
 * The required items each draft sheet still lacks, in rubric order, found by SQLite: the
 * sheets × required items that have no score row.
 */
export function missingItems(
  ctx: ServiceContext,
  sheetIds: string[],
  required: string[],
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (sheetIds.length === 0) return result;
  const rows = ctx.db
    .prepare(
      `SELECT s.value AS sheet_id, r.value AS code
         FROM json_each(:sheets) s, json_each(:required) r
        WHERE NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.sheet_id = s.value AND sc.item_code = r.value)
        ORDER BY s.key, r.key`,
    )
    .all({ sheets: JSON.stringify(sheetIds), required: JSON.stringify(required) }) as {
    sheet_id: string;
    code: string;
  }[];
  for (const row of rows) {
    const list = result.get(row.sheet_id) ?? [];
    list.push(row.code);
    result.set(row.sheet_id, list);
  }
  return result;
}
