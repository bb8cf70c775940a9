import type { Store } from '../../electron/store/open';
import { timeRuns } from './timing';

/** Exactly the rows the engine needs: every score of every submitted sheet of the round. */
const ROUND_SCORES = `SELECT s.branch_id, sc.item_code, sc.points, sc.fact
  FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
 WHERE s.round_id = ? AND s.status = 'submitted'`;

/** The same rows summed inside SQLite: what the read costs before any row reaches JavaScript. */
const ROUND_SCORES_IN_SQL = `SELECT count(*), sum(sc.points), sum(sc.fact)
  FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
 WHERE s.round_id = ? AND s.status = 'submitted'`;

const ALL_SCORES = 'SELECT sheet_id, item_code, points, fact FROM scores';

export interface FloorRuns {
  rows: number;
  times: number[];
}

/**
 * Reads every row through better-sqlite3 and does nothing with it but count: no engine can load
 * the round faster than this, so it is the floor the recompute time is compared with.
 */
function readAll(db: Store, sql: string, params: unknown[], runs: number): FloorRuns {
  const statement = db.prepare(sql).raw(true);
  let rows = 0;
  const times = timeRuns(runs, () => {
    rows = 0;
    for (const row of statement.iterate(...params)) {
      if (row !== undefined) rows += 1;
    }
  });
  return { rows, times };
}

export function measureRoundFloor(db: Store, roundId: string, runs: number): FloorRuns {
  return readAll(db, ROUND_SCORES, [roundId], runs);
}

export function measureTableScan(db: Store, runs: number): FloorRuns {
  return readAll(db, ALL_SCORES, [], runs);
}

export function measureRoundInSql(db: Store, roundId: string, runs: number): FloorRuns {
  const statement = db.prepare(ROUND_SCORES_IN_SQL).raw(true);
  let rows = 0;
  const times = timeRuns(runs, () => {
    const row = statement.get(roundId) as [number, number, number] | undefined;
    rows = row?.[0] ?? 0;
  });
  return { rows, times };
}
