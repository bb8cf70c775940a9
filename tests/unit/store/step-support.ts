import type Database from 'better-sqlite3';
import { applyStep, fileAtSchema } from './schema-fixtures';

/** What the migration step tests read before and after a step (migration-steps*.test.ts). */
export function rows(db: Database.Database, sql: string): unknown[] {
  return db.prepare(sql).all();
}

export const SHEETS = 'SELECT id, branch_id, evaluator_id, status FROM score_sheets ORDER BY id';
export const SCORES = 'SELECT sheet_id, item_code, points FROM scores ORDER BY sheet_id, item_code';
export const ASSIGNMENTS = `SELECT evaluator_id, branch_id, conflict, confirmed_by FROM assignments
                      ORDER BY branch_id, evaluator_id`;

/** The sheets and scores every schema holds, read at schema 1, to compare after each step. */
export function sheetsAndScores(dir: string): { sheets: unknown[]; scores: unknown[] } {
  const db = applyStep(fileAtSchema(dir, 1, 'reference.sqlite'), 1);
  try {
    return { sheets: rows(db, SHEETS), scores: rows(db, SCORES) };
  } finally {
    db.close();
  }
}
